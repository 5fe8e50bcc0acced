package dev.cutover.run;

import dev.cutover.wire.Observation;
import java.util.List;

/** One step of a scenario: what was observed and how each expectation fared. */
public record StepResult(String name, Observation observation, List<Check> checks) {
    public boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }
}
