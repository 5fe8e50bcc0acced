package dev.cutover.faulty;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How a {@link Harmless} change writes a JSON answer: the same value, in other bytes. */
final class Restyle {
    /** {@code ": "} and {@code ", "} between members and values. */
    private static final MinimalPrettyPrinter SPACED = new MinimalPrettyPrinter() {
        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    };
    private static final Map<Harmless, ObjectWriter> WRITERS = Map.of(
            Harmless.SPACED_JSON, Json.MAPPER.writer(SPACED),
            Harmless.PRETTY_JSON, Json.MAPPER.writerWithDefaultPrettyPrinter(),
            Harmless.UNICODE_ESCAPES, Json.MAPPER.writer().with(JsonGenerator.Feature.ESCAPE_NON_ASCII));

    private Restyle() {}

    /** Whether this change rewrites JSON at all (the others leave every byte of it alone). */
    static boolean rewritesJson(Harmless change) {
        return WRITERS.containsKey(change) || change == Harmless.REORDERED_KEYS || change == Harmless.EXTRA_FIELDS
                || change == Harmless.MODEL_ALIAS;
    }

    static String json(Harmless change, JsonNode value) {
        JsonNode v = switch (change) {
            case REORDERED_KEYS -> reversed(value);
            case EXTRA_FIELDS -> withExtras(value.deepCopy());
            case MODEL_ALIAS -> aliased(value.deepCopy());
            default -> value;
        };
        try {
            return WRITERS.getOrDefault(change, Json.MAPPER.writer()).writeValueAsString(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode reversed(JsonNode value) {
        if (value.isArray()) {
            var out = Json.MAPPER.createArrayNode();
            value.forEach(v -> out.add(reversed(v)));
            return out;
        }
        if (!value.isObject()) return value;
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(value.properties());
        ObjectNode out = Json.object();
        for (int i = fields.size() - 1; i >= 0; i--) out.set(fields.get(i).getKey(), reversed(fields.get(i).getValue()));
        return out;
    }

    /** Fields of the gateway's own, on answers with choices (an error envelope stays as the provider wrote it). */
    private static JsonNode withExtras(JsonNode value) {
        if (!value.isObject() || !value.has("choices")) return value;
        for (JsonNode c : value.get("choices")) ((ObjectNode) c).putObject("provider_specific_fields");
        ((ObjectNode) value).putObject("x_gateway").put("route", "primary");
        return value;
    }

    private static JsonNode aliased(JsonNode value) {
        if (value.isObject() && value.has("model") && value.has("object")) ((ObjectNode) value).put("model", "gateway-alias");
        return value;
    }
}
