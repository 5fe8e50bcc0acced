package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import java.util.List;

/** {@code stream.finish_reason: P} — the last non-null finish_reason among all chunks. */
record FinishReason(Predicate predicate) implements Expectation {

    @Override
    public String describe() {
        return "stream finish_reason " + predicate.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<List<JsonNode>> chunks = Response.chunks(o);
        if (chunks.failed()) return chunks.problems();
        JsonNode last = null;
        for (JsonNode chunk : chunks.value()) {
            for (JsonNode choice : chunk.path("choices")) {
                if (choice.hasNonNull("finish_reason")) last = choice.get("finish_reason");
            }
        }
        return predicate.test("stream finish_reason", Actual.json(last));
    }
}
