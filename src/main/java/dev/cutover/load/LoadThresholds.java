package dev.cutover.load;

import dev.cutover.load.LoadProfile.Thresholds;
import dev.cutover.verdict.LoadLimits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every threshold a load run was held to, as a table row for load.html: the profile's own (absolute, on the run or
 * the candidate) and a plan's load limits (against the baseline), each with the figures it was checked on and
 * whether it held. The same rules as {@link LoadVerdict#breaches} and {@link LoadLimitCheck}, which word the reasons;
 * {@code LoadThresholdsTest} keeps the two in step.
 */
final class LoadThresholds {
    /**
     * @param source   "profile" or "plan"
     * @param key      as the file spells it (p99E2eMs, ttftP95IncreaseMs…)
     * @param holds    null when a figure is missing, so it could not be checked
     */
    record Row(String source, String key, String rule, String baseline, String candidate, String measured, Boolean holds) {}

    private LoadThresholds() {}

    static List<Row> of(Thresholds t, LoadLimits plan, LoadMetrics candidate, LoadMetrics baseline) {
        List<Row> rows = new ArrayList<>();
        if (t.p99E2eMs() != null) {
            double p99 = candidate.latency().get(Metric.E2E).p99();
            rows.add(absolute("p99E2eMs", "e2e p99 ≤ " + n(t.p99E2eMs()) + " ms", baseline == null ? null
                    : ms(baseline.latency().get(Metric.E2E).p99()), ms(p99), p99 <= t.p99E2eMs()));
        }
        if (t.p95TtftMs() != null) {
            double p95 = candidate.latency().get(Metric.TTFT).p95();
            rows.add(absolute("p95TtftMs", "TTFT p95 ≤ " + n(t.p95TtftMs()) + " ms", baseline == null ? null
                    : ms(baseline.latency().get(Metric.TTFT).p95()), ms(p95), Double.isNaN(p95) ? null : p95 <= t.p95TtftMs()));
        }
        if (t.errorRate() != null) {
            rows.add(absolute("errorRate", "error rate ≤ " + n(t.errorRate() * 100) + " %", baseline == null ? null
                    : pct(baseline.errorRate()), pct(candidate.errorRate()), candidate.errorRate() <= t.errorRate()));
        }
        if (t.minRequestsPerSecond() != null) {
            rows.add(absolute("minRequestsPerSecond", "throughput ≥ " + n(t.minRequestsPerSecond()) + " req/s", baseline == null
                    ? null : rps(baseline.requestsPerSecond()), rps(candidate.requestsPerSecond()),
                    candidate.requestsPerSecond() >= t.minRequestsPerSecond()));
        }
        if (plan == null || baseline == null) return rows;
        rise(rows, Metric.TTFT, "ttftP95IncreaseMs", plan.ttftP95IncreaseMs(), baseline, candidate);
        rise(rows, Metric.E2E, "latencyP95IncreaseMs", plan.latencyP95IncreaseMs(), baseline, candidate);
        rise(rows, Metric.ITL, "itlP95IncreaseMs", plan.itlP95IncreaseMs(), baseline, candidate);
        if (plan.errorRateMax() != null) {
            rows.add(new Row("plan", "errorRateMax", "candidate's error rate ≤ " + n(plan.errorRateMax() * 100) + " %",
                    pct(baseline.errorRate()), pct(candidate.errorRate()), pct(candidate.errorRate()),
                    candidate.requests() == 0 ? null : candidate.errorRate() <= plan.errorRateMax()));
        }
        if (plan.throughputDecreasePct() != null) {
            double before = baseline.requestsPerSecond();
            double fall = before <= 0 ? Double.NaN : (before - candidate.requestsPerSecond()) / before * 100;
            rows.add(new Row("plan", "throughputDecreasePct", "throughput falls ≤ " + n(plan.throughputDecreasePct()) + " %",
                    rps(before), rps(candidate.requestsPerSecond()), Double.isNaN(fall) ? "–" : String.format(Locale.ROOT, "%+.1f %%", -fall),
                    Double.isNaN(fall) ? null : fall <= plan.throughputDecreasePct()));
        }
        return rows;
    }

    private static Row absolute(String key, String rule, String baseline, String candidate, Boolean holds) {
        return new Row("profile", key, rule, baseline, candidate, candidate, holds);
    }

    private static void rise(List<Row> rows, Metric m, String key, Double limit, LoadMetrics baseline, LoadMetrics candidate) {
        if (limit == null) return;
        double before = baseline.latency().get(m).p95();
        double after = candidate.latency().get(m).p95();
        boolean missing = Double.isNaN(before) || Double.isNaN(after);
        rows.add(new Row("plan", key, m.label() + " p95 rises ≤ " + n(limit) + " ms", ms(before), ms(after),
                missing ? "–" : String.format(Locale.ROOT, "%+.1f ms", after - before), missing ? null : after - before <= limit));
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f ms", v);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.2f %%", share * 100);
    }

    private static String rps(double v) {
        return String.format(Locale.ROOT, "%.2f req/s", v);
    }

    /** A limit as its author wrote it: 20, 0.5, 1 (not 20.0 or 1.000). */
    private static String n(double v) {
        return BigDecimal.valueOf(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
