package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cutover.wire.Observation;
import java.util.List;

/**
 * {@code stream.content: P} — the text assembled from {@code delta.content} of choice 0 over all chunks
 * (with n > 1 the other choices are separate texts).
 */
record StreamContentQuery() implements Query {

    @Override
    public String describe() {
        return "stream content";
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        Lookup<List<JsonNode>> chunks = Response.chunks(o);
        if (chunks.failed()) return Lookup.failed(chunks.problem());
        return Lookup.of(Actual.json(TextNode.valueOf(text(chunks.value()))));
    }

    static String text(List<JsonNode> chunks) {
        StringBuilder text = new StringBuilder();
        for (JsonNode chunk : chunks) {
            JsonNode content = StreamChoices.first(chunk).path("delta").path("content");
            if (content.isTextual()) text.append(content.textValue());
        }
        return text.toString();
    }
}
