package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A value a predicate looks at: a JSON value, or nothing (absent). Header values are {@code fromText}:
 * they are always text on the wire, so they compare as text with the expected value's text form
 * ({@code retry-after: 1} matches header "1") and read as numbers only for gt/lt and type.
 */
record Actual(JsonNode value, boolean fromText) {

    static final Actual ABSENT = new Actual(null, false);

    static Actual json(JsonNode node) {
        return node == null || node instanceof MissingNode ? ABSENT : new Actual(node, false);
    }

    static Actual text(String headerValue) {
        return headerValue == null ? ABSENT : new Actual(TextNode.valueOf(headerValue), true);
    }

    static Actual number(int n) {
        return new Actual(IntNode.valueOf(n), false);
    }

    static Actual number(Double ms) {
        return ms == null ? ABSENT : new Actual(DoubleNode.valueOf(ms), false);
    }

    boolean absent() {
        return value == null;
    }

    Optional<BigDecimal> number() {
        if (value.isNumber()) return Optional.of(value.decimalValue());
        if (!fromText) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(value.textValue().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** How the value reads in a message: JSON, so that "200" (text) and 200 (number) differ. */
    String show() {
        return Values.show(value);
    }
}
