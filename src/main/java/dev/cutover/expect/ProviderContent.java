package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.List;

/** {@code stream.content: {equals: provider}} — the assembled stream text is exactly what the provider was scripted to send. */
record ProviderContent(Source source) implements Expectation {

    @Override
    public boolean readsScript() {
        return true;
    }

    @Override
    public String describe() {
        return "stream content equals the provider's content";
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        if (context.provider() == null) return List.of("stream content: no provider script to compare with");
        Lookup<List<JsonNode>> chunks = Response.chunks(o);
        if (chunks.failed()) return chunks.problems();
        return Predicate.equalTo(TextNode.valueOf(context.provider().content()))
                .test("stream content", Actual.json(TextNode.valueOf(StreamContentQuery.text(chunks.value()))));
    }
}
