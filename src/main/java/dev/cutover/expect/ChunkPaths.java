package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import java.util.List;

/**
 * {@code stream.first_chunk / last_chunk / usage_chunk: {path: P}} — a JSON path in one chosen chunk.
 * The usage chunk is the last one whose {@code usage} is non-null, which is where include_usage puts it.
 */
record ChunkPaths(Which which, JsonPathCheck path) implements Expectation {

    enum Which {
        FIRST_CHUNK("first chunk"), LAST_CHUNK("last chunk"), USAGE_CHUNK("usage chunk");

        final String words;

        Which(String words) {
            this.words = words;
        }

        String yamlName() {
            return name().toLowerCase();
        }
    }

    @Override
    public String describe() {
        return which.words + " " + path.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<List<JsonNode>> chunks = Response.chunks(o);
        if (chunks.failed()) return chunks.problems();
        List<JsonNode> all = chunks.value();
        JsonNode chosen = switch (which) {
            case FIRST_CHUNK -> all.get(0);
            case LAST_CHUNK -> all.get(all.size() - 1);
            case USAGE_CHUNK -> all.stream().filter(c -> c.hasNonNull("usage")).reduce((a, b) -> b).orElse(null);
        };
        if (chosen == null) return List.of("usage chunk: no chunk carried a non-null usage");
        return path.check(chosen, which.words);
    }
}
