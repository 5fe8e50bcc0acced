package dev.cutover.load;

import dev.cutover.stats.Distribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The load report's charts, from metrics to {@link Svg}. */
final class Charts {
    private static final int BINS = 12;

    private Charts() {}

    /** e2e p50 / p95 / p99 and TTFT p50 per second of the run. */
    static String overTime(LoadMetrics m) {
        return Svg.lines("second of the run", "ms", List.of(
                series("e2e p50", m, s -> s.e2e().p50()),
                series("e2e p95", m, s -> s.e2e().p95()),
                series("e2e p99", m, s -> s.e2e().p99()),
                series("TTFT p50", m, s -> s.ttft().p50())));
    }

    static String p95OverTime(LoadMetrics baseline, LoadMetrics candidate, String baselineName, String candidateName) {
        return Svg.lines("second of the run", "ms", List.of(
                series(baselineName, baseline, s -> s.e2e().p95()),
                series(candidateName, candidate, s -> s.e2e().p95())));
    }

    private static Svg.Series series(String name, LoadMetrics m, ToDoubleFunction<LoadMetrics.Second> value) {
        double[] x = new double[m.timeline().size()];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = m.timeline().get(i).second();
            y[i] = value.applyAsDouble(m.timeline().get(i));
        }
        return new Svg.Series(name, x, y);
    }

    /** Counts per bin over the common range of every sample set, so the sets can be read against each other. */
    static String histogram(List<String> names, List<List<Double>> samples) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (List<Double> s : samples) for (double v : s) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (lo > hi) return "<p class=\"muted\">No streams, so no TTFT.</p>";
        double width = Math.max(1e-9, (hi - lo) / BINS);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < BINS; i++) labels.add(String.format(Locale.ROOT, "≤%.0f", lo + (i + 1) * width));
        List<Svg.Bars> groups = new ArrayList<>();
        for (int g = 0; g < names.size(); g++) {
            double[] counts = new double[BINS];
            for (double v : samples.get(g)) counts[Math.min(BINS - 1, (int) ((v - lo) / width))]++;
            groups.add(new Svg.Bars(names.get(g), counts));
        }
        return Svg.bars(Svg.WIDE, "requests", labels, groups);
    }

    /** p50 / p90 / p95 / p99 side by side for each run. */
    static String percentileBars(List<String> names, List<Distribution> distributions) {
        List<Svg.Bars> groups = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Distribution d = distributions.get(i);
            groups.add(new Svg.Bars(names.get(i), new double[] {d.p50(), d.p90(), d.p95(), d.p99()}));
        }
        return Svg.bars(Svg.HALF, "ms", List.of("p50", "p90", "p95", "p99"), groups);
    }
}
