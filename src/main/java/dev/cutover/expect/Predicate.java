package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.cutover.expect.Condition.Word;
import dev.cutover.wire.Json;
import dev.cutover.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a looked-at value must satisfy: a scalar (meaning {@code equals}) or a map of predicate words,
 * all of which must hold. Every operand is checked while the scenario is read, so that a bad regex or
 * a {@code gt} on text fails at load time with the file and line, not in the middle of a run.
 */
record Predicate(List<Condition> conditions) {

    static final List<String> WORDS = Arrays.stream(Word.values()).map(Word::yamlName).toList();

    static Predicate equalTo(JsonNode value) {
        return new Predicate(List.of(new Condition(Word.EQUALS, value)));
    }

    static Predicate parse(YamlNode node) {
        if (node.isList()) throw node.error("a list is not a predicate; write 'equals: [...]' to compare with a list");
        if (!node.isMap()) return equalTo(Json.tree(node.plain()));
        node.onlyKeys(WORDS);
        Map<String, YamlNode> entries = node.entries();
        if (entries.isEmpty()) throw node.error("empty predicate; use one or more of: " + String.join(", ", WORDS));
        List<Condition> out = new ArrayList<>();
        entries.forEach((word, value) -> out.add(condition(Word.valueOf(word.toUpperCase()), value)));
        return new Predicate(List.copyOf(out));
    }

    private static Condition condition(Word word, YamlNode v) {
        return switch (word) {
            case EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS -> new Condition(word, Json.tree(v.plain()));
            case MATCHES -> new Condition(word, Json.tree(v.text()), regex(v), null);
            case IN -> {
                v.items(); // throws "expected a list" at this line when it is not one
                yield new Condition(word, Json.tree(v.plain()));
            }
            case TYPE -> new Condition(word, Json.tree(v.oneOf(new LinkedHashSet<>(Types.NAMES))));
            case SIZE -> new Condition(word, null, null, size(v));
            case GT, GTE, LT, LTE -> {
                if (!(v.isScalar() && v.plain() instanceof Number n)) {
                    String found = v.isScalar() ? "'" + v.text() + "'" : v.isMap() ? "a map" : "a list";
                    throw v.error(word.yamlName() + " needs a number, found " + found);
                }
                yield new Condition(word, Json.tree(n));
            }
            case PRESENT, ABSENT -> new Condition(word, Json.tree(v.bool()));
        };
    }

    /** {@code size: 3} or {@code size: {gte: 1}}: a count, or a predicate on the count. */
    private static Predicate size(YamlNode v) {
        if (v.isMap()) return parse(v);
        int n = v.integer();
        if (n < 0) throw v.error("size cannot be negative");
        return equalTo(Json.tree(n));
    }

    /**
     * RE2 syntax, matched in time linear in the text: a pattern such as {@code ((a+)+)+!} that makes a
     * backtracking engine run for ever cannot hang a run. What RE2 leaves out (backreferences, lookaround,
     * possessive quantifiers) is refused here, with the line.
     */
    static Pattern regex(YamlNode v) {
        long size = RegexSize.estimate(v.text());
        if (size > RegexSize.MAX) {
            throw v.error("regex '" + Values.cut(v.text()) + "' compiles to about " + size + " steps, more than " + RegexSize.MAX
                    + ": large or nested {n} repetitions multiply; simplify it");
        }
        try {
            return Pattern.compile(v.text());
        } catch (PatternSyntaxException e) {
            throw v.error("regex '" + v.text() + "' is not RE2 syntax (" + e.getDescription()
                    + "); cutover matches with RE2: no backreferences, lookahead or lookbehind");
        }
    }

    /** The value when this predicate is exactly one {@code equals}; used to spot {@code equals: provider}. */
    Optional<JsonNode> onlyEquals() {
        if (conditions.size() != 1 || conditions.get(0).word() != Word.EQUALS) return Optional.empty();
        return Optional.of(conditions.get(0).operand());
    }

    /** One message per unmet condition, each starting with {@code subject}, e.g. "header retry-after". */
    List<String> test(String subject, Actual actual) {
        List<String> problems = new ArrayList<>();
        for (Condition c : conditions) {
            String failure = c.failure(actual);
            if (failure != null) problems.add(subject + ": " + failure);
        }
        return problems;
    }

    String describe() {
        return conditions.stream().map(Predicate::describe).collect(Collectors.joining(" and "));
    }

    private static String describe(Condition c) {
        return switch (c.word()) {
            case PRESENT, ABSENT, TYPE, SIZE -> c.describe();
            case GT, GTE, LT, LTE -> c.word().yamlName() + " " + c.operand().asText();
            case MATCHES -> "matches /" + c.pattern().pattern() + "/";
            default -> c.word().yamlName() + " " + Values.show(c.operand());
        };
    }
}
