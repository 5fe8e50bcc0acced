package dev.cutover.load.stats;

import java.util.Arrays;

/**
 * The Mann-Whitney U test, two-sided, with the normal approximation, the tie correction and the
 * continuity correction: the same figures as {@code scipy.stats.mannwhitneyu(x, y, method="asymptotic")}.
 * It asks whether one sample tends to be larger than the other without assuming any distribution,
 * which latency (skewed, long-tailed) needs.
 *
 * @param u      U for the first sample: how many (x, y) pairs have x &gt; y, ties counting half
 * @param z      standardised max(U, n1·n2 − U), after the continuity correction
 * @param pValue two-sided
 */
public record MannWhitney(double u, double z, double pValue, int n1, int n2) {

    /** The probability that a value from x exceeds one from y (ties half): 0.5 means no tendency either way. */
    public double probabilityXGreater() {
        return u / ((double) n1 * n2);
    }

    /** @throws IllegalArgumentException when either sample is empty */
    public static MannWhitney test(double[] x, double[] y) {
        int n1 = x.length;
        int n2 = y.length;
        if (n1 == 0 || n2 == 0) throw new IllegalArgumentException("Mann-Whitney needs two non-empty samples");
        int n = n1 + n2;
        double[] all = new double[n];
        boolean[] fromX = new boolean[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            all[i] = i < n1 ? x[i] : y[i - n1];
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(all[a], all[b]));
        for (int i = 0; i < n; i++) fromX[i] = order[i] < n1;
        double rankSumX = 0;
        double tieTerm = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && all[order[j + 1]] == all[order[i]]) j++;
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) if (fromX[k]) rankSumX += midRank;
            double t = j - i + 1;
            tieTerm += t * t * t - t;
            i = j + 1;
        }
        double u1 = rankSumX - n1 * (n1 + 1) / 2.0;
        double u = Math.max(u1, (double) n1 * n2 - u1);
        double mean = n1 * (double) n2 / 2.0;
        double sd = Math.sqrt(n1 * (double) n2 / 12.0 * ((n + 1) - tieTerm / ((double) n * (n - 1))));
        if (sd == 0) return new MannWhitney(u1, 0, 1.0, n1, n2); // every value equal: nothing to tell apart
        double z = (u - mean - 0.5) / sd;
        double p = Math.min(1.0, 2 * Normal.survival(z));
        return new MannWhitney(u1, z, p, n1, n2);
    }
}
