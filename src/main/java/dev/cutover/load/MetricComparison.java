package dev.cutover.load;

/**
 * Baseline against candidate for one metric.
 *
 * @param shift    Hodges-Lehmann estimate of candidate − baseline, in the metric's unit; null when a side had no data
 * @param relative shift as a fraction of the baseline's median (0.1 = 10 % more); null when not defined
 * @param pValue   Mann-Whitney, two-sided; null when a side had no data
 */
public record MetricComparison(String metric, String unit, boolean higherIsWorse, int baselineCount,
                               int candidateCount, Double baselineMedian, Double candidateMedian, Double shift,
                               Double relative, Double pValue, Outcome outcome, String explanation) {

    public enum Outcome {
        /** No difference that matters: not significant, or within tolerance and allowed increase. */
        SAME,
        /** Significantly and materially better. */
        BETTER,
        /** Significantly and materially worse: a verdict reason. */
        WORSE,
        /** A side had no samples of this metric (e.g. no streams): a warning, never a pass by default. */
        NO_DATA
    }
}
