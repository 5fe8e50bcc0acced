package dev.cutover.report;

import dev.cutover.run.Status;
import java.util.List;

/** One scenario's outcome, redacted. {@code title} falls back to the id; {@code area} to "unknown". */
record OutcomeReport(
        String id,
        String title,
        String area,
        String file,
        List<String> features,
        String level,
        String severity,
        Status status,
        String reason,
        double durationMs,
        List<StepReport> steps) {

    boolean failedOrErrored() {
        return status == Status.FAILED || status == Status.ERROR;
    }
}
