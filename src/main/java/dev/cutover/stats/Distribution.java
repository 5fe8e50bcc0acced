package dev.cutover.stats;

import java.util.Collection;
import java.util.function.LongToDoubleFunction;
import org.HdrHistogram.Histogram;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * How a sample spreads: count, min, the percentiles every report quotes, max and mean — one record for load
 * runs, the overhead probe, the mock bench and the mock's own timing account.
 *
 * <p><b>The percentile rule</b>, the only one in cutover: linear interpolation between the closest ranks
 * (Hyndman and Fan's type 7; numpy's and R's default, and what vLLM's bench and AIPerf use, so figures here and
 * there agree on the same samples). For n values in ascending order x[0..n−1], percentile p sits at rank
 * h = (n − 1)·p/100 and is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]); min and max are p0 and p100. Commons
 * Statistics' {@link Quantile} with {@code HF7} computes it.
 *
 * <p>From an HdrHistogram the same rule runs over the histogram's values in rank order ({@link HistogramRanks}):
 * a histogram knows each value to its precision only (3 significant digits here: exact below 2048), and a value
 * counts as the highest of its bucket, as HdrHistogram's own percentiles do. Its mean is HdrHistogram's.
 *
 * <p>Empty: count 0 and NaN elsewhere, so that no report shows a 0 ms figure for what was never measured.
 */
public record Distribution(long count, double min, double p50, double p90, double p95, double p99, double max,
                           double mean) {

    public static final Distribution EMPTY = new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN);

    /** The percentiles a Distribution keeps, as fractions (Quantile's scale), in component order with min and max. */
    private static final double[] KEPT = {0, 0.50, 0.90, 0.95, 0.99, 1};
    /** HF7, on a copy: callers keep their arrays in their own order. */
    private static final Quantile RULE = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7).withCopy(true);
    /** The same rule reordering the caller's array: for large scratch arrays (Hodges-Lehmann's pairwise differences). */
    private static final Quantile RULE_IN_PLACE = RULE.withCopy(false);

    /** From values in any order (not changed). */
    public static Distribution of(double[] values) {
        if (values.length == 0) return EMPTY;
        return of(values.length, RULE.evaluate(values, KEPT), mean(values));
    }

    public static Distribution of(Collection<? extends Number> values) {
        return of(toArray(values));
    }

    /**
     * From a histogram, each value divided by {@code divisor} (1e6: nanoseconds to milliseconds; 1e3: microseconds).
     */
    public static Distribution of(Histogram h, double divisor) {
        HistogramRanks ranks = HistogramRanks.of(h);
        if (ranks.count() == 0) return EMPTY;
        return ofRanked(ranks.count(), k -> ranks.valueAt(k) / divisor, h.getMean() / divisor);
    }

    /**
     * From values known by rank: {@code valueAt(k)} is the k-th smallest (k from 0), so that values held outside an
     * array (histograms, or two of them for signed differences) get the same rule.
     */
    public static Distribution ofRanked(long count, LongToDoubleFunction valueAt, double mean) {
        if (count == 0) return EMPTY;
        if (count > Integer.MAX_VALUE) throw new IllegalArgumentException("too many values to rank: " + count);
        return of(count, RULE.evaluate((int) count, k -> valueAt.applyAsDouble(k), KEPT), mean);
    }

    /** The median (p50) of values in any order (not changed); NaN when there are none. */
    public static double median(double[] values) {
        return values.length == 0 ? Double.NaN : RULE.evaluate(values, 0.5);
    }

    /** The median of values the caller no longer needs in their order: it reorders them instead of copying. */
    static double medianInPlace(double[] values) {
        return values.length == 0 ? Double.NaN : RULE_IN_PLACE.evaluate(values, 0.5);
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

    public static double[] toArray(Collection<? extends Number> values) {
        double[] a = new double[values.size()];
        int i = 0;
        for (Number v : values) a[i++] = v.doubleValue();
        return a;
    }

    private static Distribution of(long count, double[] q, double mean) {
        return new Distribution(count, q[0], q[1], q[2], q[3], q[4], q[5], mean);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) sum += v;
        return sum / values.length;
    }
}
