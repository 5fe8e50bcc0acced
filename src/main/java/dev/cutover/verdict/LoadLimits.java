package dev.cutover.verdict;

import java.util.List;

/**
 * A cutover plan's load limits ({@code load.thresholds} in plans/*.yaml), as the plan's author wrote them: how far
 * the candidate's p95s may rise above the baseline's, how far its throughput may fall, and the highest error rate
 * it may have. Only the numbers live here, where plans are read; {@code load.LoadLimitCheck} holds them against
 * two runs' figures. null = not set.
 *
 * @param errorRateMax          a share (0.01 = 1 %) of the candidate's requests
 * @param throughputDecreasePct percent of the baseline's successful requests per second
 */
public record LoadLimits(Double ttftP95IncreaseMs, Double latencyP95IncreaseMs, Double itlP95IncreaseMs,
                         Double errorRateMax, Double throughputDecreasePct) {

    /** The keys a plan may use, in the order above. */
    public static final List<String> KEYS = List.of("ttftP95IncreaseMs", "latencyP95IncreaseMs", "itlP95IncreaseMs",
            "errorRateMax", "throughputDecreasePct");

    public static final LoadLimits NONE = new LoadLimits(null, null, null, null, null);
}
