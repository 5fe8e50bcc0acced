package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import java.util.List;

/** {@code stream.finish_reason: P} — the last non-null finish_reason among all chunks. */
record FinishReasonQuery() implements Query {

    @Override
    public String describe() {
        return "stream finish_reason";
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        Lookup<List<JsonNode>> chunks = Response.chunks(o);
        if (chunks.failed()) return Lookup.failed(chunks.problem());
        JsonNode last = null;
        for (JsonNode chunk : chunks.value()) {
            for (JsonNode choice : chunk.path("choices")) {
                if (choice.hasNonNull("finish_reason")) last = choice.get("finish_reason");
            }
        }
        return Lookup.of(Actual.json(last));
    }
}
