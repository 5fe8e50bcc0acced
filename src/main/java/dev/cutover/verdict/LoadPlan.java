package dev.cutover.verdict;

import java.nio.file.Path;

/**
 * A plan's load part, read and checked here and run by {@code cutover load --plan}: which profile (it
 * exists), and the limits the candidate must keep against the baseline.
 */
public record LoadPlan(Path profile, LoadLimits thresholds) {}
