package dev.cutover.parity;

import dev.cutover.run.Outcome;

/**
 * One scenario's three runs: the baseline, the baseline again (to learn what varies by itself), and the
 * candidate. Each run has its own exchange, so the second baseline run is independent of the first.
 */
public record ScenarioRuns(Outcome baseline, Outcome baselineAgain, Outcome candidate) {
    public String scenarioId() {
        return baseline.scenarioId();
    }
}
