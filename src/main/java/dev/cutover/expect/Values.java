package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import java.util.Comparator;

/** Comparing values and showing them in messages, shared by every expectation (reading JSON is {@link Json}'s). */
final class Values {
    private static final int SHOW_LIMIT = 160;

    /** Numbers compare by value so that 200 equals 200.0; everything else compares exactly. */
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue());
        return a.equals(b) ? 0 : 1;
    };

    private Values() {}

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
