package dev.cutover.run;

import dev.cutover.scenario.Level;
import dev.cutover.scenario.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of one scenario against one target. For a scenario file that could not be read, only
 * {@code scenarioId} (the file name), {@code file}, {@code status = ERROR} and {@code reason} are set.
 *
 * @param reason why it failed, was not supported, or errored; null when it passed
 */
public record Outcome(
        String scenarioId,
        String title,
        String area,
        List<String> features,
        Level level,
        Severity severity,
        Path file,
        String target,
        Status status,
        String reason,
        List<StepResult> steps,
        double durationMs) {}
