package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import java.util.List;
import java.util.Locale;

/**
 * {@code stream.first_chunk / last_chunk / usage_chunk: {path: P}} — a JSON path in one chosen chunk.
 * The usage chunk is the last one whose {@code usage} is non-null, which is where include_usage puts it.
 */
record ChunkPathQuery(Which which, JsonPathQuery path) implements Query {

    enum Which {
        FIRST_CHUNK("first chunk"), LAST_CHUNK("last chunk"), USAGE_CHUNK("usage chunk");

        final String words;

        Which(String words) {
            this.words = words;
        }

        String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String describe() {
        return which.words + " " + path.path();
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        Lookup<List<JsonNode>> chunks = Response.chunks(o);
        if (chunks.failed()) return Lookup.failed(chunks.problem());
        List<JsonNode> all = chunks.value();
        JsonNode chosen = switch (which) {
            case FIRST_CHUNK -> all.get(0);
            case LAST_CHUNK -> all.get(all.size() - 1);
            case USAGE_CHUNK -> all.stream().filter(c -> c.hasNonNull("usage")).reduce((a, b) -> b).orElse(null);
        };
        if (chosen == null) return Lookup.failed("usage chunk: no chunk carried a non-null usage");
        return path.read(chosen, describe());
    }
}
