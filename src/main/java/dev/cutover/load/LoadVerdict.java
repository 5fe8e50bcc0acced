package dev.cutover.load;

import dev.cutover.load.LoadProfile.Thresholds;
import dev.cutover.load.MetricComparison.Outcome;
import dev.cutover.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The decision a load run supports, with its reasons: every threshold the run breaks, every metric the
 * candidate is materially worse in; warnings for what could not be judged. The same {@link Verdict} a compare
 * gives, by the same rule ({@link Verdict#of}); a run without a baseline reads it as PASS (not NO-GO) or FAIL.
 */
public record LoadVerdict(Verdict decision, List<String> reasons, List<String> warnings) {

    public boolean passed() {
        return decision != Verdict.NO_GO;
    }

    /** A run on its own: the profile's thresholds hold or not. */
    public static LoadVerdict of(LoadMetrics m, Thresholds t) {
        return of(m, t, List.of());
    }

    /** A candidate against a baseline: thresholds on the candidate, and each metric's comparison. */
    public static LoadVerdict of(LoadMetrics candidate, Thresholds t, List<MetricComparison> comparisons) {
        List<String> reasons = breaches(candidate, t);
        List<String> warnings = new ArrayList<>();
        for (MetricComparison c : comparisons) {
            if (c.outcome() == Outcome.WORSE) reasons.add(c.explanation());
            if (c.outcome() == Outcome.NO_DATA) warnings.add(c.explanation());
        }
        if (candidate.requests() == 0) reasons.add("no request completed");
        return new LoadVerdict(decide(reasons, warnings), List.copyOf(reasons), List.copyOf(warnings));
    }

    /**
     * This verdict with a plan's load limits checked as well: each broken limit is a reason (listed first:
     * it is the budget the plan's author set), each limit a run gave no figure for a warning.
     */
    public LoadVerdict with(LoadLimitCheck plan) {
        List<String> r = new ArrayList<>(plan.breaches());
        r.addAll(reasons);
        List<String> w = new ArrayList<>(plan.unchecked());
        w.addAll(warnings);
        return new LoadVerdict(decide(r, w), List.copyOf(r), List.copyOf(w));
    }

    private static Verdict decide(List<String> reasons, List<String> warnings) {
        return Verdict.of(!reasons.isEmpty(), !warnings.isEmpty());
    }

    /** The same decision with a warning for each run whose mock provider ran late (a GO becomes GO WITH WARNINGS). */
    public LoadVerdict withMockTiming(List<LoadRun> runs) {
        List<String> more = new ArrayList<>(warnings);
        for (LoadRun r : runs) {
            String w = r.mockTiming() == null ? null : r.mockTiming().warning(r.target());
            if (w != null) more.add(w);
        }
        Verdict d = decision == Verdict.GO && more.size() > warnings.size() ? Verdict.GO_WITH_WARNINGS : decision;
        return new LoadVerdict(d, reasons, List.copyOf(more));
    }

    static List<String> breaches(LoadMetrics m, Thresholds t) {
        List<String> out = new ArrayList<>();
        double p99 = m.latency().get(Metric.E2E).p99();
        if (t.p99E2eMs() != null && !(p99 <= t.p99E2eMs())) {
            out.add(String.format(Locale.ROOT, "p99 e2e latency %.1f ms is above the threshold of %.0f ms", p99, t.p99E2eMs()));
        }
        double p95 = m.latency().get(Metric.TTFT).p95();
        if (t.p95TtftMs() != null && !Double.isNaN(p95) && p95 > t.p95TtftMs()) {
            out.add(String.format(Locale.ROOT, "p95 TTFT %.1f ms is above the threshold of %.0f ms", p95, t.p95TtftMs()));
        }
        if (t.errorRate() != null && m.errorRate() > t.errorRate()) {
            out.add(String.format(Locale.ROOT, "error rate %.2f %% is above the threshold of %.2f %%", m.errorRate() * 100,
                    t.errorRate() * 100));
        }
        if (t.minRequestsPerSecond() != null && m.requestsPerSecond() < t.minRequestsPerSecond()) {
            out.add(String.format(Locale.ROOT, "throughput %.2f req/s is below the threshold of %.2f req/s",
                    m.requestsPerSecond(), t.minRequestsPerSecond()));
        }
        return out;
    }
}
