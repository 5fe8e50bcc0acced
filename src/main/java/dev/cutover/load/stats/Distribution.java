package dev.cutover.load.stats;

import java.util.Collection;

/** How a metric's samples spread: count, mean and the percentiles load reports quote. Empty: count 0, NaN elsewhere. */
public record Distribution(int count, double mean, double min, double p50, double p90, double p95, double p99,
                           double max) {

    public static final Distribution EMPTY = new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN);

    public static Distribution of(Collection<? extends Number> values) {
        return of(Percentiles.sorted(values));
    }

    public static Distribution of(double[] sorted) {
        if (sorted.length == 0) return EMPTY;
        double sum = 0;
        for (double v : sorted) sum += v;
        return new Distribution(sorted.length, sum / sorted.length, sorted[0], Percentiles.of(sorted, 50),
                Percentiles.of(sorted, 90), Percentiles.of(sorted, 95), Percentiles.of(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** The named percentile (50, 90, 95 or 99). */
    public double percentile(int p) {
        return switch (p) {
            case 50 -> p50;
            case 90 -> p90;
            case 95 -> p95;
            case 99 -> p99;
            default -> throw new IllegalArgumentException("not kept: p" + p);
        };
    }
}
