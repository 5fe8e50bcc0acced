package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.re2j.Pattern;
import dev.cutover.wire.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One predicate word with its operand, e.g. {@code gt 5}. The operand is checked when the scenario is
 * read ({@link Predicate#parse}), so evaluation only compares.
 *
 * @param pattern the compiled regex for {@code matches}, else null
 * @param size    what the size must satisfy for {@code size} (a number means equals), else null
 */
record Condition(Word word, JsonNode operand, Pattern pattern, Predicate size) {

    Condition(Word word, JsonNode operand) {
        this(word, operand, null, null);
    }

    enum Word {
        EQUALS, NOT_EQUALS, MATCHES, CONTAINS, NOT_CONTAINS, IN, TYPE, SIZE, GT, GTE, LT, LTE, PRESENT, ABSENT;

        String yamlName() {
            return name().toLowerCase();
        }
    }

    /** Null when the value meets this condition; otherwise what was expected and what was found. */
    String failure(Actual actual) {
        // Only these words can hold for an absent value; the rest need something to look at.
        boolean absentMayPass = word == Word.NOT_EQUALS || word == Word.PRESENT || word == Word.ABSENT;
        if (actual.absent() ? absentMayPass && holds(actual) : holds(actual)) return null;
        return "expected " + describe(actual.fromText()) + ", " + (actual.absent() ? "was absent" : "got " + actual.show());
    }

    private boolean holds(Actual actual) {
        return switch (word) {
            case EQUALS -> same(actual, operand);
            case NOT_EQUALS -> actual.absent() || !same(actual, operand);
            case MATCHES -> pattern.matcher(Values.plainText(actual.value())).matches();
            case CONTAINS -> contains(actual);
            case NOT_CONTAINS -> !contains(actual);
            case IN -> inList(actual);
            case TYPE -> Types.has(actual, operand.textValue());
            case SIZE -> size(actual.value()).map(n -> size.test("size", Actual.number(n)).isEmpty()).orElse(false);
            case GT, GTE, LT, LTE -> compare(actual);
            case PRESENT -> actual.absent() != operand.asBoolean();
            case ABSENT -> actual.absent() == operand.asBoolean();
        };
    }

    /** How the condition reads in messages, e.g. {@code "stop"} or {@code > 5}. */
    String describe() {
        return describe(false);
    }

    /** @param asText show operands as the text they are compared as (header values) */
    private String describe(boolean asText) {
        return switch (word) {
            case EQUALS -> shown(operand, asText);
            case NOT_EQUALS -> "not " + shown(operand, asText);
            case MATCHES -> "to match /" + pattern.pattern() + "/";
            case CONTAINS -> "to contain " + Values.show(operand);
            case NOT_CONTAINS -> "not to contain " + Values.show(operand);
            case IN -> "one of " + (asText ? Values.show(Json.tree(texts(operand))) : Values.show(operand));
            case TYPE -> "type " + operand.textValue();
            case SIZE -> "size " + size.conditions().stream().map(Condition::describe).collect(Collectors.joining(" and "));
            case GT -> "> " + operand.asText();
            case GTE -> ">= " + operand.asText();
            case LT -> "< " + operand.asText();
            case LTE -> "<= " + operand.asText();
            case PRESENT -> operand.asBoolean() ? "present" : "absent";
            case ABSENT -> operand.asBoolean() ? "absent" : "present";
        };
    }

    private static String shown(JsonNode value, boolean asText) {
        return Values.show(asText ? TextNode.valueOf(Values.plainText(value)) : value);
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(v -> out.add(Values.plainText(v)));
        return out;
    }

    private static boolean same(Actual actual, JsonNode expected) {
        if (actual.fromText()) return Values.plainText(expected).equals(actual.value().textValue());
        return Values.same(actual.value(), expected);
    }

    private boolean contains(Actual actual) {
        JsonNode v = actual.value();
        if (v.isTextual()) return v.textValue().contains(Values.plainText(operand));
        if (v.isArray()) {
            for (JsonNode item : v) if (Values.same(item, operand)) return true;
            return false;
        }
        // For an object "contains" asks whether it has that key.
        return v.isObject() && v.has(Values.plainText(operand));
    }

    private boolean inList(Actual actual) {
        for (JsonNode candidate : operand) if (same(actual, candidate)) return true;
        return false;
    }

    private static Optional<Integer> size(JsonNode v) {
        if (v.isTextual()) return Optional.of(v.textValue().codePointCount(0, v.textValue().length()));
        if (v.isContainerNode()) return Optional.of(v.size());
        return Optional.empty();
    }

    private boolean compare(Actual actual) {
        Optional<BigDecimal> n = actual.number();
        if (n.isEmpty()) return false;
        int c = n.get().compareTo(operand.decimalValue());
        return switch (word) {
            case GT -> c > 0;
            case GTE -> c >= 0;
            case LT -> c < 0;
            default -> c <= 0;
        };
    }
}
