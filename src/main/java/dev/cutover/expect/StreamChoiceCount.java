package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import java.util.List;

/**
 * {@code stream.choices: P} — how many choices the stream assembles to, counted by their {@code index} as an SDK
 * does: a gateway that collapses an {@code n: 2} stream into one choice shows 1, whatever the text.
 */
record StreamChoiceCount() implements Query {

    @Override
    public String describe() {
        return "stream choices";
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        Lookup<List<JsonNode>> chunks = Response.chunks(o);
        if (chunks.failed()) return Lookup.failed(chunks.problem());
        return Lookup.of(Actual.number(StreamAssembly.of(chunks.value()).path("choices").size()));
    }
}
