package dev.cutover.run;

import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Scenario;
import dev.cutover.scenario.ScenarioInfo;
import dev.cutover.yaml.InputError;
import java.util.List;
import java.util.stream.Collectors;

/** Outcomes for scenarios that could not run at all. */
public final class Outcomes {
    private Outcomes() {}

    public static Outcome broken(Catalog.Broken b, String target) {
        String reason = b.errors().stream().map(InputError::toString).collect(Collectors.joining("; "));
        return new Outcome(ScenarioInfo.unreadable(b.file()), target, Status.ERROR, reason, List.of(), 0);
    }

    /** Not run for a reason that is no fault of the target's (a spending cap): it counts as not run, not as an error. */
    public static Outcome leftOut(Scenario s, String target, String reason) {
        return new Outcome(s.info(), target, Status.NOT_SUPPORTED, reason, List.of(), 0);
    }

    public static Outcome notRun(Scenario s, String target, String reason) {
        return new Outcome(s.info(), target, Status.ERROR, reason, List.of(), 0);
    }
}
