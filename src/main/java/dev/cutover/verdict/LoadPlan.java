package dev.cutover.verdict;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A plan's load part, read and checked here and run by the load command: which profile, and the limits
 * the candidate must keep against the baseline.
 */
public record LoadPlan(Path profile, Map<String, Double> thresholds) {
    /** The limits a plan may set; a misspelt one is an input error rather than a silently ignored limit. */
    public static final List<String> THRESHOLDS = List.of("ttftP95IncreaseMs", "latencyP95IncreaseMs",
            "itlP95IncreaseMs", "errorRateMax", "throughputDecreasePct", "overheadP50Ms");
}
