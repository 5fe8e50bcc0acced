package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cutover.wire.Observation;
import java.util.List;

/**
 * {@code stream.content: P | {equals: provider}} — the text assembled from {@code delta.content} of
 * choice 0 over all chunks (with n > 1 the other choices are separate texts).
 *
 * @param predicate null when the content must equal what the provider was scripted to send
 */
record StreamContent(Predicate predicate) implements Expectation {

    static StreamContent ofProvider() {
        return new StreamContent(null);
    }

    @Override
    public String describe() {
        return "stream content " + (predicate == null ? "equals the provider's content" : predicate.describe());
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<List<JsonNode>> chunks = Response.chunks(o);
        if (chunks.failed()) return chunks.problems();
        StringBuilder text = new StringBuilder();
        for (JsonNode chunk : chunks.value()) {
            JsonNode content = StreamChoices.first(chunk).path("delta").path("content");
            if (content.isTextual()) text.append(content.textValue());
        }
        Predicate p = predicate;
        if (p == null) {
            if (context.provider() == null) return List.of("stream content: no provider script to compare with");
            p = Predicate.equalTo(TextNode.valueOf(context.provider().content()));
        }
        return p.test("stream content", Actual.json(TextNode.valueOf(text.toString())));
    }
}
