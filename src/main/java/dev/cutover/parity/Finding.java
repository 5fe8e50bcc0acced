package dev.cutover.parity;

/** A change found in one scenario step (step -1: the scenario's outcome), before classification. */
record Finding(ScenarioRuns runs, int step, Change change) {}
