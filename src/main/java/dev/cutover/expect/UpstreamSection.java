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
                case "count" -> out.add(new UpstreamCount(ExpectationParser.wholeNumberPredicate(value)));
                case "headers" -> ExpectationParser.nonEmpty(value)
                        .forEach((name, p) -> out.add(new UpstreamHeader(name, ExpectationParser.headerPredicate(p))));
                case "key_not_forwarded" -> {
                    ExpectationParser.mustBeTrue(value);
                    out.add(new KeyNotForwarded());
                }
                case "body" -> JsonPathCheck.parseAll(value).forEach(c -> out.add(new UpstreamBody(c)));
                default -> out.add(new UpstreamPath(Predicate.parse(value)));
            }
        });
    }
}
