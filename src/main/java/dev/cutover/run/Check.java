package dev.cutover.run;

import dev.cutover.yaml.Source;
import java.util.List;

/**
 * One expectation checked against one observation; {@code problems} is empty when it passed.
 *
 * @param expectation what was expected, in the scenario's words ({@code status equals 200})
 * @param source      where it was written, so a failure reads {@code scenarios/x.yaml:31: status: expected 200, got 502}
 */
public record Check(String expectation, Source source, List<String> problems) {
    public boolean passed() {
        return problems.isEmpty();
    }

    /** The first problem, prefixed with the line that asked for the check. */
    public String firstProblem() {
        return problems.isEmpty() ? null : (source == null ? "" : source + ": ") + problems.get(0);
    }
}
