package dev.cutover.load.stats;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles by linear interpolation between closest ranks: numpy's default, which vLLM's bench and
 * AIPerf use, so figures here and there agree on the same samples.
 */
public final class Percentiles {
    private Percentiles() {}

    /** @param sorted ascending, not empty; @param p in [0, 100] */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        if (p < 0 || p > 100) throw new IllegalArgumentException("percentile out of range: " + p);
        double rank = p / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double[] sorted(Collection<? extends Number> values) {
        double[] a = new double[values.size()];
        int i = 0;
        for (Number v : values) a[i++] = v.doubleValue();
        Arrays.sort(a);
        return a;
    }
}
