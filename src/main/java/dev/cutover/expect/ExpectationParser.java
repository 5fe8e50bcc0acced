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
            "upstream", "timing", "transport", "cache");
    private static final List<String> TIMINGS = List.of("ttft_ms", "headers_ms", "total_ms");

    private ExpectationParser() {}

    /** @throws dev.cutover.yaml.InputException naming file, line and field of the first bad entry */
    public static List<Expectation> parse(YamlNode expect) {
        if (expect.isNull()) return List.of();
        expect.onlyKeys(KEYS);
        List<Expectation> out = new ArrayList<>();
        expect.entries().forEach((key, value) -> {
            if (value.isNull()) throw value.error("needs a value");
            switch (key) {
                case "status" -> out.add(new Assertion(new StatusQuery(), wholeNumberPredicate(value), value.source()));
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
                default -> out.add(transport(value));
            }
        });
        return List.copyOf(out);
    }

    /** A count or status: a scalar must be a whole number, else "status: ok" would silently never match. */
    static Predicate wholeNumberPredicate(YamlNode value) {
        if (value.isScalar()) value.integer();
        return Predicate.parse(value);
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
                        Predicate.parse(p), p.source())));
    }

    private static Expectation transport(YamlNode value) {
        value.onlyKeys(List.of("fails"));
        return new TransportExpectation(value.require("fails").bool(), value.source());
    }
}
