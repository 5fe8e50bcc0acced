package dev.cutover.run;

import dev.cutover.scenario.Feature;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * All outcomes of one run against one target, in catalog order.
 *
 * @param coverage how many of the scenarios that concern this target ran
 * @param bill     what the run sent, per model, and the cap it was held to
 */
public record RunResult(String target, String gateway, String baseUrl, Instant startedAt, double durationMs,
                        List<Outcome> outcomes, Coverage coverage, Bill bill) {

    public RunResult {
        bill = bill == null ? Bill.NONE : bill;
    }

    /** A run whose sending was not counted. */
    public RunResult(String target, String gateway, String baseUrl, Instant startedAt, double durationMs,
                     List<Outcome> outcomes, Coverage coverage) {
        this(target, gateway, baseUrl, startedAt, durationMs, outcomes, coverage, Bill.NONE);
    }

    /** A run whose target claims every feature (so every scenario concerned it). */
    public RunResult(String target, String gateway, String baseUrl, Instant startedAt, double durationMs, List<Outcome> outcomes) {
        this(target, gateway, baseUrl, startedAt, durationMs, outcomes,
                Coverage.of(EnumSet.allOf(Feature.class), outcomes == null ? List.of() : outcomes));
    }

    public Map<Status, Integer> counts() {
        Map<Status, Integer> c = new EnumMap<>(Status.class);
        for (Status s : Status.values()) c.put(s, 0);
        outcomes.forEach(o -> c.merge(o.status(), 1, Integer::sum));
        return c;
    }

    /**
     * What the run proves: {@code FAIL} when a scenario failed or errored; else {@code INCONCLUSIVE} when fewer
     * than {@code minCoverage} of the applicable scenarios ran (a staging run where nearly everything was skipped
     * proves nothing); else {@code PASS}.
     */
    public Result result(double minCoverage) {
        if (!allPassed()) return Result.FAIL;
        return coverage.below(minCoverage) ? Result.INCONCLUSIVE : Result.PASS;
    }

    public enum Result { PASS, FAIL, INCONCLUSIVE }

    public boolean allPassed() {
        return outcomes.stream().noneMatch(o -> o.status() == Status.FAILED || o.status() == Status.ERROR);
    }
}
