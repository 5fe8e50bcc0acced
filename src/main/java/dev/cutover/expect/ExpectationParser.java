package dev.cutover.expect;

import dev.cutover.wire.ErrorEnvelope;
import dev.cutover.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds expectations from a scenario step's {@code expect:} block (docs/scenario-format.md, "expect"),
 * in file order. Everything is checked here, so a scenario that loads can only fail by what it observes.
 */
public final class ExpectationParser {
    static final List<String> KEYS = List.of("status", "headers", "json", "schema", "error_envelope", "stream",
            "upstream", "timing", "transport", "cache", "usage_consistent", "tool_calls_valid", "content_json", "embeddings");
    private static final List<String> TIMINGS = List.of("ttft_ms", "headers_ms", "total_ms", "stream_ms");
    private static final List<String> EMBEDDINGS = List.of("count", "dimensions", "agrees_with");
    /** A scenario that checks nothing passes against anything, so it could never catch a broken gateway. */
    public static final String NOTHING_CHECKED = "nothing is checked: a step that expects nothing cannot fail; give at least "
            + "one of " + String.join(", ", KEYS);

    private ExpectationParser() {}

    /** @throws dev.cutover.yaml.InputException naming file, line and field of the first bad entry */
    public static List<Expectation> parse(YamlNode expect) {
        if (expect.isNull()) throw expect.error(NOTHING_CHECKED);
        if (!expect.isMap()) throw expect.error("expected a map of checks (" + String.join(", ", KEYS) + ")");
        expect.onlyKeys(KEYS);
        if (expect.entries().isEmpty()) throw expect.error(NOTHING_CHECKED);
        List<Expectation> out = new ArrayList<>();
        expect.entries().forEach((key, value) -> {
            if (value.isNull()) throw value.error("needs a value");
            switch (key) {
                case "status" -> out.add(new Assertion(new StatusQuery(), wholeNumberPredicate(value, MIN_STATUS, MAX_STATUS,
                        "(HTTP statuses)"), value.source()));
                case "headers" -> nonEmpty(value).forEach((name, p) ->
                        out.add(new Assertion(new HeaderQuery(name), headerPredicate(p), p.source())));
                case "json" -> JsonPathQuery.parseAll(value).forEach(e ->
                        out.add(new Assertion(new BodyPathQuery(e.path()), e.predicate(), e.node().source())));
                case "schema" -> out.add(new SchemaExpectation(schemaName(value), value.source()));
                case "error_envelope" -> out.add(errorEnvelope(value));
                case "stream" -> StreamSection.parse(value, out);
                case "upstream" -> UpstreamSection.parse(value, out);
                case "timing" -> timing(value, out);
                case "cache" -> out.add(new CacheExpectation(value.oneOf(java.util.Set.of("hit", "miss")), value.source()));
                case "usage_consistent" -> {
                    mustBeTrue(value);
                    out.add(new UsageConsistent(value.source()));
                }
                case "tool_calls_valid" -> {
                    mustBeTrue(value);
                    out.add(new ToolCallsValid(value.source()));
                }
                case "content_json" -> {
                    mustBeTrue(value);
                    out.add(new ContentJson(value.source()));
                }
                case "embeddings" -> out.add(embeddings(value));
                default -> out.add(transport(value));
            }
        });
        return List.copyOf(out);
    }

    /** HTTP statuses, as the checks on {@code status} and {@code until_status} accept them. */
    public static final int MIN_STATUS = 100;
    public static final int MAX_STATUS = 599;

    /**
     * A count or status from {@code min} to {@code max}: a scalar must be a whole number in range, else
     * "status: ok" or "status: 1000" would silently never match; so must every operand of equals, not_equals
     * and in, and a comparison must be able to hold for some value in range.
     */
    static Predicate wholeNumberPredicate(YamlNode value, int min, int max, String unit) {
        if (value.isScalar()) value.integer(min, max, unit);
        Predicate p = Predicate.parse(value);
        if (value.isMap()) value.entries().forEach((word, operand) -> inRange(word, operand, min, max, unit));
        return p;
    }

    static Predicate timingPredicate(YamlNode value) {
        Predicate p = Predicate.parse(value);
        if (value.isMap()) value.entries().forEach((word, operand) -> inRange(word, operand, 0, Integer.MAX_VALUE, "ms"));
        else if (value.plain() instanceof Number n && n.doubleValue() < 0) throw value.error("a time is never negative");
        return p;
    }

    private static void inRange(String word, YamlNode operand, int min, int max, String unit) {
        switch (word) {
            case "equals", "not_equals" -> operand.integer(min, max, unit);
            case "in" -> operand.items().forEach(i -> i.integer(min, max, unit));
            case "gt", "gte", "lt", "lte" -> {
                double v = ((Number) operand.plain()).doubleValue();
                boolean canHold = switch (word) {
                    case "gt" -> v < max;
                    case "gte" -> v <= max;
                    case "lt" -> v > min;
                    default -> v >= min;
                };
                if (!canHold) {
                    String u = unit.isEmpty() ? "" : " " + unit;
                    throw operand.error(word + " " + operand.text() + " can never hold: values here are "
                            + (max == Integer.MAX_VALUE ? min + u + " or more" : "from " + min + " to " + max + u));
                }
            }
            default -> { }
        }
    }

    /** A header is never null on the wire, so "name:" with nothing after it is a slip, not "equals null". */
    static Predicate headerPredicate(YamlNode value) {
        if (value.isNull()) throw value.error("needs a value, e.g. 'present: true'");
        return Predicate.parse(value);
    }

    static String schemaName(YamlNode value) {
        return value.oneOf(new LinkedHashSet<>(Schemas.NAMES));
    }

    /** Entries of a section that must say something: an empty map is a scenario mistake. */
    static Map<String, YamlNode> nonEmpty(YamlNode map) {
        Map<String, YamlNode> entries = map.entries();
        if (entries.isEmpty()) throw map.error("empty map; nothing would be checked");
        return entries;
    }

    /** Flags such as {@code well_formed} whose only meaningful value is true. */
    static void mustBeTrue(YamlNode value) {
        if (!value.bool()) throw value.error("only 'true' is meaningful here; leave the key out to not check it");
    }

    private static Expectation errorEnvelope(YamlNode value) {
        if (value.isScalar()) {
            if (!value.bool()) throw value.error("write true, or a map of " + String.join(", ", ErrorEnvelope.FIELDS));
            return new ErrorEnvelopeExpectation(Map.of(), value.source());
        }
        value.onlyKeys(ErrorEnvelope.FIELDS);
        Map<String, Predicate> fields = new LinkedHashMap<>();
        value.entries().forEach((field, p) -> fields.put(field, Predicate.parse(p)));
        return new ErrorEnvelopeExpectation(fields, value.source());
    }

    private static void timing(YamlNode value, List<Expectation> out) {
        value.onlyKeys(TIMINGS);
        nonEmpty(value).forEach((which, p) -> out.add(
                new Assertion(new TimingQuery(TimingQuery.Which.valueOf(which.toUpperCase(java.util.Locale.ROOT))),
                        timingPredicate(p), p.source())));
    }

    /** {@code embeddings: {count, dimensions, agrees_with}}; an empty map still checks that every value is finite. */
    private static Expectation embeddings(YamlNode value) {
        if (value.isScalar()) {
            mustBeTrue(value);
            return new EmbeddingsCheck(null, null, null, value.source());
        }
        value.onlyKeys(EMBEDDINGS);
        return new EmbeddingsCheck(
                value.get("count").map(v -> wholeNumberPredicate(v, 0, Integer.MAX_VALUE, "vectors")).orElse(null),
                value.get("dimensions").map(v -> wholeNumberPredicate(v, 1, Integer.MAX_VALUE, "dimensions")).orElse(null),
                value.get("agrees_with").map(YamlNode::text).orElse(null),
                value.source());
    }

    private static Expectation transport(YamlNode value) {
        value.onlyKeys(List.of("fails"));
        return new TransportExpectation(value.require("fails").bool(), value.source());
    }
}
