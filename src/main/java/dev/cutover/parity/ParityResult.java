package dev.cutover.parity;

import java.util.List;

/**
 * What parity found: the real differences (classified), how many were dropped as noise, and the field
 * paths that varied between the two baseline runs, with their rates.
 */
public record ParityResult(List<Difference> differences, int noiseDropped, List<PathNoise> noisyPaths, int stepsCompared) {}
