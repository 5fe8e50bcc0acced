package dev.cutover.load;

import dev.cutover.load.LoadProfile.JudgeSettings;
import dev.cutover.load.MetricComparison.Outcome;
import dev.cutover.stats.Distribution;
import dev.cutover.stats.HodgesLehmann;
import dev.cutover.stats.MannWhitney;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Kayenta's judge, per metric: Mann-Whitney says whether baseline and candidate differ at all; the
 * Hodges-Lehmann shift says by how much. A metric is WORSE only when the difference is significant
 * (p &lt; alpha), larger than the tolerance in absolute terms, and larger than the allowed increase
 * relative to the baseline's median. So with thousands of samples a real but meaningless 0.1 ms shift
 * (p ≈ 0) is SAME, and a 30 % slowdown seen in 20 requests is not waved through for lack of data if
 * the test can see it.
 */
public final class MetricJudge {
    private MetricJudge() {}

    public static List<MetricComparison> compare(List<Sample> baseline, List<Sample> candidate, JudgeSettings j) {
        List<MetricComparison> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            out.add(compare(m.label(), "ms", true, LoadMetrics.values(baseline, m), LoadMetrics.values(candidate, m),
                    j.toleranceMs(), j));
        }
        out.add(compare("error rate", "share", true, errors(baseline), errors(candidate), 0.001, j));
        out.add(compare("throughput", "req/s", false, LoadMetrics.completionsPerSecond(baseline),
                LoadMetrics.completionsPerSecond(candidate), 0.5, j));
        return out;
    }

    /**
     * @param tolerance absolute: a shift this small never counts, however significant
     */
    static MetricComparison compare(String metric, String unit, boolean higherIsWorse, List<Double> base,
                                    List<Double> cand, double tolerance, JudgeSettings j) {
        if (base.isEmpty() || cand.isEmpty()) {
            return new MetricComparison(metric, unit, higherIsWorse, base.size(), cand.size(), median(base),
                    median(cand), null, null, null, Outcome.NO_DATA,
                    (base.isEmpty() ? "the baseline" : "the candidate") + " has no " + metric + " samples");
        }
        double[] b = Distribution.toArray(base);
        double[] c = Distribution.toArray(cand);
        MannWhitney mw = MannWhitney.test(c, b);
        double shift = unit.equals("share") ? mean(c) - mean(b) : HodgesLehmann.shift(b, c);
        double reference = unit.equals("share") ? mean(b) : Distribution.median(b);
        Double relative = reference == 0 ? null : shift / reference;
        double worseBy = higherIsWorse ? shift : -shift;
        boolean significant = mw.pValue() < j.alpha();
        boolean material = Math.abs(shift) > tolerance && Math.abs(shift) > j.allowedIncrease() * Math.abs(reference);
        Outcome outcome = !significant || !material ? Outcome.SAME : worseBy > 0 ? Outcome.WORSE : Outcome.BETTER;
        return new MetricComparison(metric, unit, higherIsWorse, b.length, c.length, Distribution.median(b),
                Distribution.median(c), shift, relative, mw.pValue(), outcome,
                explain(metric, unit, outcome, shift, relative, mw.pValue(), significant, tolerance, j));
    }

    private static String explain(String metric, String unit, Outcome o, double shift, Double relative, double p,
                                  boolean significant, double tolerance, JudgeSettings j) {
        String by = String.format(Locale.ROOT, "%+.4g %s%s", shift, unit,
                relative == null ? "" : String.format(Locale.ROOT, " (%+.1f %%)", relative * 100));
        String test = String.format(Locale.ROOT, "p = %.3g", p);
        return switch (o) {
            case WORSE -> metric + " is worse by " + by + ", " + test + ": beyond the tolerance of "
                    + fmt(tolerance) + " " + unit + " and the allowed " + fmt(j.allowedIncrease() * 100) + " %";
            case BETTER -> metric + " is better by " + by + ", " + test;
            case SAME -> significant
                    ? metric + " differs by " + by + " (" + test + "), within the tolerance of " + fmt(tolerance) + " "
                            + unit + " or the allowed " + fmt(j.allowedIncrease() * 100) + " %"
                    : metric + ": no significant difference (" + test + ", shift " + by + ")";
            case NO_DATA -> metric + ": no data";
        };
    }

    private static List<Double> errors(List<Sample> samples) {
        return samples.stream().map(s -> s.ok() ? 0.0 : 1.0).toList();
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s / a.length;
    }

    private static Double median(List<Double> v) {
        return v.isEmpty() ? null : Distribution.median(Distribution.toArray(v));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
