package dev.cutover.expect;

import dev.cutover.yaml.YamlNode;
import java.util.List;

/** Builds expectations from a scenario step's {@code expect:} block. */
public final class ExpectationParser {
    private ExpectationParser() {}

    /** @throws dev.cutover.yaml.InputException naming file, line and field of the first bad entry */
    public static List<Expectation> parse(YamlNode expect) {
        throw new UnsupportedOperationException("not yet written");
    }
}
