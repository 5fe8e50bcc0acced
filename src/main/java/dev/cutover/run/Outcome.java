package dev.cutover.run;

import dev.cutover.scenario.Feature;
import dev.cutover.scenario.Level;
import dev.cutover.scenario.ScenarioInfo;
import dev.cutover.scenario.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of one scenario against one target.
 *
 * @param reason why it failed, was not supported, or errored; null when it passed
 */
public record Outcome(ScenarioInfo scenario, String target, Status status, String reason, List<StepResult> steps,
                      double durationMs) {

    public Outcome {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The same outcome, judged again (e.g. held against a known difference). */
    public Outcome with(Status newStatus, String newReason) {
        return new Outcome(scenario, target, newStatus, newReason, steps, durationMs);
    }

    /** The same outcome with its steps replaced (the same steps, with the SDKs' verdicts added). */
    public Outcome withSteps(List<StepResult> newSteps) {
        return new Outcome(scenario, target, status, reason, newSteps, durationMs);
    }

    /** The checks that failed, in the order they ran. */
    public List<Check> failedChecks() {
        return steps.stream().flatMap(s -> s.checks().stream()).filter(c -> !c.passed()).toList();
    }

    /** The steps' notes where an SDK disagrees with the checks ({@link StepResult#sdkNote}), named by step when there are several. */
    public List<String> sdkNotes() {
        return steps.stream().filter(s -> s.sdkNote() != null)
                .map(s -> (steps.size() > 1 ? s.name() + ": " : "") + s.sdkNote()).toList();
    }

    public String scenarioId() { return scenario.id(); }
    public String title() { return scenario.title(); }
    public String area() { return scenario.area(); }
    public List<Feature> features() { return scenario.features(); }
    public Level level() { return scenario.level(); }
    public Severity severity() { return scenario.severity(); }
    public Path file() { return scenario.file(); }
}
