package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/** The JSON type names a scenario may use with {@code type:}, and which values have them. */
final class Types {
    static final List<String> NAMES = List.of("string", "number", "integer", "boolean", "object", "array", "null");

    private Types() {}

    static boolean has(Actual actual, String type) {
        JsonNode v = actual.value();
        if (actual.fromText()) {
            // A header is text, but "retry-after: {type: integer}" asks what the text holds.
            return switch (type) {
                case "string" -> true;
                case "number" -> actual.number().isPresent();
                case "integer" -> actual.number().map(Types::integral).orElse(false);
                default -> false;
            };
        }
        return switch (type) {
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            case "integer" -> v.isNumber() && integral(v.decimalValue());
            case "boolean" -> v.isBoolean();
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            default -> v.isNull();
        };
    }

    /** JSON Schema counts 1.0 as an integer; so do we. */
    private static boolean integral(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }
}
