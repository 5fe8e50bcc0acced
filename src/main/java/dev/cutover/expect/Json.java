package dev.cutover.expect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Comparator;
import java.util.Optional;

/** JSON reading, comparing and showing, shared by every expectation. */
final class Json {
    /** Trailing tokens fail so that "{} junk" is not taken for a JSON body. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final int SHOW_LIMIT = 160;

    /** Numbers compare by value so that 200 equals 200.0; everything else compares exactly. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue());
        return a.equals(b) ? 0 : 1;
    };

    private Json() {}

    /** The parsed text, or empty when it is blank or not JSON. */
    static Optional<JsonNode> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        try {
            return Optional.of(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** A YAML plain value (Map, List, String, Long, Double, Boolean, null) as JSON. */
    static JsonNode tree(Object plain) {
        return plain == null ? NullNode.instance : MAPPER.valueToTree(plain);
    }

    static boolean same(JsonNode a, JsonNode b) {
        return a.equals(BY_VALUE, b);
    }

    /** Compact JSON for messages, cut so that one huge body does not drown the report. */
    static String show(JsonNode node) {
        return cut(node.toString());
    }

    static String cut(String text) {
        if (text == null) return "";
        return text.length() <= SHOW_LIMIT ? text : text.substring(0, SHOW_LIMIT) + "…";
    }

    /** Text as a person reads it: strings without quotes, anything else as JSON. */
    static String plainText(JsonNode node) {
        return node.isTextual() ? node.textValue() : node.toString();
    }
}
