package dev.cutover.parity;

/**
 * How often a field path differed across all compared steps where it appears: between the two baseline
 * runs and between baseline and candidate; {@code filtered} when its candidate differences count as noise.
 */
public record PathNoise(String path, int seen, int baselineDiffers, int candidateDiffers, int dropped, boolean filtered) {
    public double baselineRate() {
        return seen == 0 ? 0 : (double) baselineDiffers / seen;
    }

    public double candidateRate() {
        return seen == 0 ? 0 : (double) candidateDiffers / seen;
    }
}
