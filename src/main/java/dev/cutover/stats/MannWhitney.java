package dev.cutover.stats;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The Mann-Whitney U test as cutover runs it: Commons Statistics' {@link MannWhitneyUTest}, two-sided, with the
 * normal approximation, the tie correction and the continuity correction — the same figures as
 * {@code scipy.stats.mannwhitneyu(x, y, method="asymptotic")}. It asks whether one sample tends to be larger than
 * the other without assuming any distribution, which latency (skewed, long-tailed) needs. Always asymptotic, not
 * the library's default of an exact p-value for small samples without ties: one method for every run size keeps a
 * short run's p-values comparable with a long one's.
 *
 * @param u      U for the first sample: how many (x, y) pairs have x &gt; y, ties counting half
 * @param pValue two-sided
 */
public record MannWhitney(double u, double pValue) {
    private static final MannWhitneyUTest TEST = MannWhitneyUTest.withDefaults()
            .with(AlternativeHypothesis.TWO_SIDED)
            .with(PValueMethod.ASYMPTOTIC)
            .with(ContinuityCorrection.ENABLED);

    /** @throws IllegalArgumentException when either sample is empty */
    public static MannWhitney test(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) throw new IllegalArgumentException("Mann-Whitney needs two non-empty samples");
        MannWhitneyUTest.Result r = TEST.test(x, y);
        // Every value equal: the statistic has no variance and the library answers NaN; nothing tells them apart.
        double p = Double.isNaN(r.getPValue()) ? 1.0 : r.getPValue();
        return new MannWhitney(r.getStatistic(), p);
    }
}
