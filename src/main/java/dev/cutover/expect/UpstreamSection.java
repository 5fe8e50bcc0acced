package dev.cutover.expect;

import dev.cutover.yaml.YamlNode;
import java.util.List;

/** Reads {@code expect.upstream} (docs/scenario-format.md): what reached the mock provider. */
final class UpstreamSection {
    static final List<String> KEYS = List.of("count", "headers", "key_not_forwarded", "body", "path");

    private UpstreamSection() {}

    static void parse(YamlNode upstream, List<Expectation> out) {
        upstream.onlyKeys(KEYS);
        ExpectationParser.nonEmpty(upstream).forEach((key, value) -> {
            if (value.isNull()) throw value.error("needs a value");
            switch (key) {
                case "count" -> out.add(new Assertion(new UpstreamCountQuery(), ExpectationParser.wholeNumberPredicate(value, 0, Integer.MAX_VALUE, "requests"),
                        value.source()));
                case "headers" -> ExpectationParser.nonEmpty(value)
                        .forEach((name, p) -> out.add(new Assertion(new UpstreamHeaderQuery(name), ExpectationParser.headerPredicate(p),
                                p.source())));
                case "key_not_forwarded" -> {
                    ExpectationParser.mustBeTrue(value);
                    out.add(new KeyNotForwarded(value.source()));
                }
                case "body" -> JsonPathQuery.parseAll(value).forEach(e ->
                        out.add(new Assertion(new UpstreamBodyQuery(e.path()), e.predicate(), e.node().source())));
                default -> out.add(new Assertion(new UpstreamPathQuery(), Predicate.parse(value), value.source()));
            }
        });
    }
}
