package dev.cutover.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A value made up to meet a JSON schema — the arguments of a tool call a model-like mock makes, the answer to a
 * {@code json_schema} response format — as a model would fill it in: every required property, some optional ones,
 * enum and const values honoured, numbers within their bounds, strings within their lengths. Keywords it does not
 * know ({@code pattern}, {@code $ref}) are left to chance; the live checks then say so, as they would of a model.
 */
final class SchemaValues {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Deeper than any tool schema a person writes; past it an object is left empty rather than recursing on. */
    private static final int MAX_DEPTH = 8;

    private SchemaValues() {}

    static JsonNode of(JsonNode schema, SplittableRandom random) {
        return value(schema == null ? JSON.objectNode() : schema, random, 0);
    }

    private static JsonNode value(JsonNode schema, SplittableRandom random, int depth) {
        if (schema.has("const")) return schema.get("const");
        JsonNode choices = schema.get("enum");
        if (choices != null && choices.isArray() && !choices.isEmpty()) return choices.get(random.nextInt(choices.size()));
        for (String any : List.of("anyOf", "oneOf", "allOf")) {
            JsonNode options = schema.get(any);
            if (options != null && options.isArray() && !options.isEmpty()) return value(options.get(0), random, depth + 1);
        }
        return switch (type(schema)) {
            case "object" -> depth >= MAX_DEPTH ? JSON.objectNode() : object(schema, random, depth);
            case "array" -> array(schema, random, depth);
            case "integer" -> JSON.numberNode((long) Math.round(number(schema, random, true)));
            case "number" -> JSON.numberNode(Math.round(number(schema, random, false) * 100) / 100.0);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "null" -> JSON.nullNode();
            default -> JSON.textNode(string(schema, random));
        };
    }

    /** The schema's type; of a list of types the first that is not null; without one, what its keywords suggest. */
    private static String type(JsonNode schema) {
        JsonNode t = schema.get("type");
        if (t != null && t.isTextual()) return t.asText();
        if (t != null && t.isArray()) {
            for (JsonNode item : t) if (!"null".equals(item.asText())) return item.asText();
        }
        if (schema.has("properties")) return "object";
        return schema.has("items") ? "array" : "string";
    }

    private static ObjectNode object(JsonNode schema, SplittableRandom random, int depth) {
        ObjectNode out = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(p -> {
            // Required properties always, optional ones as a model does: now and then.
            if (required.contains(p.getKey()) || random.nextInt(3) == 0) out.set(p.getKey(), value(p.getValue(), random, depth + 1));
        });
        return out;
    }

    private static ArrayNode array(JsonNode schema, SplittableRandom random, int depth) {
        ArrayNode out = JSON.arrayNode();
        int min = Math.max(0, schema.path("minItems").asInt(1));
        int max = schema.has("maxItems") ? schema.get("maxItems").asInt() : Math.max(min, 2);
        int n = Math.max(min, Math.min(max, 1 + random.nextInt(2)));
        for (int i = 0; i < n; i++) out.add(value(schema.path("items").isObject() ? schema.get("items") : JSON.objectNode(), random, depth + 1));
        return out;
    }

    private static double number(JsonNode schema, SplittableRandom random, boolean whole) {
        double low = schema.has("minimum") ? schema.get("minimum").asDouble()
                : schema.has("exclusiveMinimum") ? schema.get("exclusiveMinimum").asDouble() + 1 : 1;
        double high = schema.has("maximum") ? schema.get("maximum").asDouble()
                : schema.has("exclusiveMaximum") ? schema.get("exclusiveMaximum").asDouble() - 1 : Math.max(low, 100);
        if (high < low) high = low;
        double v = low + random.nextDouble() * (high - low);
        return whole ? Math.max(Math.ceil(low), Math.min(Math.floor(high), Math.round(v))) : v;
    }

    private static String string(JsonNode schema, SplittableRandom random) {
        String format = schema.path("format").asText("");
        String s = switch (format) {
            case "date" -> "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case "date-time" -> "2024-05-1" + random.nextInt(10) + "T12:00:00Z";
            case "email" -> ModelLike.word(random).toLowerCase(java.util.Locale.ROOT) + "@example.com";
            case "uri", "url" -> "https://example.com/" + ModelLike.word(random).toLowerCase(java.util.Locale.ROOT);
            default -> ModelLike.word(random);
        };
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < min) sb.append('x');
        return sb.length() > max ? sb.substring(0, Math.max(0, max)) : sb.toString();
    }
}
