package dev.cutover.run;

import java.util.List;

/** One expectation checked against one observation; {@code problems} is empty when it passed. */
public record Check(String expectation, List<String> problems) {
    public boolean passed() {
        return problems.isEmpty();
    }
}
