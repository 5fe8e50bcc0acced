package dev.cutover.parity;

import java.util.List;
import java.util.Set;

/**
 * One scenario step compared twice: baseline against candidate ({@code changes}) and baseline against
 * itself ({@code baselineChanges}); {@code paths} are all paths seen on any of the three runs.
 *
 * @param step the step index, or -1 for the scenario's outcome
 */
record StepComparison(ScenarioRuns runs, int step, Set<String> paths, List<Change> changes, List<Change> baselineChanges) {}
