package dev.cutover.load;

import dev.cutover.verdict.LoadLimits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan's load limits ({@link LoadLimits}, read with the plan) held against the baseline's and the candidate's
 * figures. Each is a plain comparison of the two runs' figures — the budget the plan's author wrote down — not a
 * statistical test; {@link MetricJudge} separately says whether a difference is real.
 *
 * @param breaches  each limit the candidate broke, worded for the person who must act on it: verdict reasons
 * @param unchecked each limit a run gave no figure for (e.g. no streams, so no TTFT): verdict warnings
 */
public record LoadLimitCheck(List<String> breaches, List<String> unchecked) {

    /** Nothing to check: no limits set. */
    public static final LoadLimitCheck NONE = new LoadLimitCheck(List.of(), List.of());

    public static LoadLimitCheck of(LoadLimits limits, LoadMetrics baseline, LoadMetrics candidate) {
        List<String> breaches = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        rise(Metric.TTFT, "ttftP95IncreaseMs", limits.ttftP95IncreaseMs(), baseline, candidate, breaches, unchecked);
        rise(Metric.E2E, "latencyP95IncreaseMs", limits.latencyP95IncreaseMs(), baseline, candidate, breaches, unchecked);
        rise(Metric.ITL, "itlP95IncreaseMs", limits.itlP95IncreaseMs(), baseline, candidate, breaches, unchecked);
        Double errorRateMax = limits.errorRateMax();
        if (errorRateMax != null && candidate.requests() == 0) {
            unchecked.add("the plan's errorRateMax could not be checked: the candidate sent no request");
        } else if (errorRateMax != null && candidate.errorRate() > errorRateMax) {
            breaches.add(String.format(Locale.ROOT, "error rate %.2f %% (%d of %d requests failed); the plan's errorRateMax "
                    + "allows %s %%", candidate.errorRate() * 100, candidate.failed(), candidate.requests(),
                    number(errorRateMax * 100)));
        }
        if (limits.throughputDecreasePct() != null) {
            throughput(limits.throughputDecreasePct(), baseline, candidate, breaches, unchecked);
        }
        return new LoadLimitCheck(List.copyOf(breaches), List.copyOf(unchecked));
    }

    private static void rise(Metric m, String key, Double limit, LoadMetrics baseline, LoadMetrics candidate,
                             List<String> breaches, List<String> unchecked) {
        if (limit == null) return;
        double before = baseline.latency().get(m).p95();
        double after = candidate.latency().get(m).p95();
        if (Double.isNaN(before) || Double.isNaN(after)) {
            unchecked.add("the plan's " + key + " could not be checked: the " + (Double.isNaN(before) ? "baseline" : "candidate")
                    + " has no " + m.label() + " samples" + (m == Metric.E2E ? "" : " (no successful stream)"));
            return;
        }
        double rise = after - before;
        if (rise > limit) {
            breaches.add(String.format(Locale.ROOT, "%s p95 rose %.1f ms (baseline %.1f ms, candidate %.1f ms); the plan's "
                    + "%s allows %s ms", m.label(), rise, before, after, key, number(limit)));
        }
    }

    private static void throughput(double throughputDecreasePct, LoadMetrics baseline, LoadMetrics candidate, List<String> breaches, List<String> unchecked) {
        double before = baseline.requestsPerSecond();
        if (before <= 0) {
            unchecked.add("the plan's throughputDecreasePct could not be checked: the baseline completed no request");
            return;
        }
        double fall = (before - candidate.requestsPerSecond()) / before * 100;
        if (fall > throughputDecreasePct) {
            breaches.add(String.format(Locale.ROOT, "throughput fell %.1f %% (baseline %.2f req/s, candidate %.2f req/s); the "
                    + "plan's throughputDecreasePct allows %s %%", fall, before, candidate.requestsPerSecond(),
                    number(throughputDecreasePct)));
        }
    }

    /** A limit as the plan's author wrote it: 20, 0.5, 0.001 (not 20.0 or 1.000e-03). */
    private static String number(double v) {
        return BigDecimal.valueOf(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
