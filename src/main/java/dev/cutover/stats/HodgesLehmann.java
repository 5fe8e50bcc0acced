package dev.cutover.stats;

import java.util.Arrays;

/**
 * The Hodges-Lehmann estimate of how far one sample is shifted from another: the median of all
 * pairwise differences. It goes with Mann-Whitney (Kayenta reports the same) and, unlike a difference of
 * means, one stalled request does not move it.
 */
public final class HodgesLehmann {
    /** Per side; beyond it an evenly spaced subsample of the sorted values keeps the pairs at 2.25 million. */
    static final int MAX_PER_SIDE = 1500;

    private HodgesLehmann() {}

    /** Median of (y − x) over all pairs: positive when y tends to be larger. */
    public static double shift(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) throw new IllegalArgumentException("needs two non-empty samples");
        double[] a = thin(x);
        double[] b = thin(y);
        double[] diffs = new double[a.length * b.length];
        int k = 0;
        for (double yi : b) for (double xi : a) diffs[k++] = yi - xi;
        return Distribution.medianInPlace(diffs);
    }

    private static double[] thin(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length <= MAX_PER_SIDE) return sorted;
        double[] out = new double[MAX_PER_SIDE];
        for (int i = 0; i < MAX_PER_SIDE; i++) {
            out[i] = sorted[(int) ((long) i * (sorted.length - 1) / (MAX_PER_SIDE - 1))];
        }
        return out;
    }
}
