package dev.cutover.verdict;

import dev.cutover.parity.ParityResult;
import dev.cutover.parity.ScenarioRuns;
import java.time.Instant;
import java.util.List;

/**
 * Everything a compare produced, for the reports: the plan, both sides, each scenario's three runs, what
 * parity found and the decision.
 */
public record ComparisonResult(Plan plan, Side baseline, Side candidate, Instant startedAt, double durationMs,
                               List<ScenarioRuns> runs, ParityResult parity, Decision decision) {
    public Verdict verdict() {
        return decision.verdict();
    }
}
