package dev.cutover.load;

import dev.cutover.load.MetricComparison.Outcome;
import dev.cutover.report.HtmlPage;
import dev.cutover.report.HtmlPage.Card;
import dev.cutover.report.HtmlText;
import dev.cutover.verdict.LoadLimits;
import dev.cutover.verdict.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * load.html, in the frame of {@link HtmlPage}: a badge for each side that is a stand-in, the verdict in large type
 * with the judge's counts and the headline figures as cards, its reasons, the thresholds the run was held to (the
 * profile's and a plan's), the judge's table (baseline before candidate), then the figures, full-width charts, errors
 * and how it was measured ({@link LoadSections}).
 */
final class LoadHtml {
    private LoadHtml() {}

    static String render(LoadRun run, Baseline baseline, LoadVerdict verdict, String gatlingReport, LoadReport.Plan plan) {
        StringBuilder out = new StringBuilder(64 * 1024);
        head(out, run, baseline, plan);
        hero(out, run, baseline, verdict);
        list(out, "Reasons", verdict.reasons());
        list(out, "Warnings", verdict.warnings());
        thresholds(out, run, baseline, plan);
        if (baseline != null) judge(out, baseline.comparisons());
        LoadSections s = new LoadSections(out, run, baseline);
        s.figures();
        s.percentiles();
        s.charts();
        s.errors();
        s.method(gatlingReport);
        return out.append(HtmlPage.end()).toString();
    }

    private static void head(StringBuilder out, LoadRun run, Baseline baseline, LoadReport.Plan plan) {
        String title = run.profile().name() + ": " + (baseline == null ? run.target() : baseline.target() + " → " + run.target());
        Map<String, String> meta = new LinkedHashMap<>();
        if (baseline != null) meta.put("Baseline", side(baseline.target(), baseline.gateway(), baseline.standInFor()));
        meta.put(baseline == null ? "Target" : "Candidate", side(run.target(), run.gateway(), run.standInFor()));
        meta.put("Base URL", run.baseUrl());
        if (plan != null) meta.put("Plan", plan.name());
        String about = run.profile().description();
        meta.put("Profile", run.profile().name() + (about == null || about.isBlank() ? "" : " — " + about));
        meta.put("Started", run.startedAt().toString());
        meta.put("Ended", run.stopReason());
        List<HtmlPage.StandIn> standIns = new ArrayList<>();
        if (baseline != null && baseline.standInFor() != null) {
            standIns.add(new HtmlPage.StandIn("baseline", baseline.target(), baseline.standInFor()));
        }
        if (run.standInFor() != null) {
            standIns.add(new HtmlPage.StandIn(baseline == null ? "target" : "candidate", run.target(), run.standInFor()));
        }
        out.append(HtmlPage.head("cutover load — " + title)).append(HtmlPage.header("cutover load", title, standIns, meta));
    }

    private static String side(String target, String gateway, String standInFor) {
        return target + " (" + (standInFor == null ? gateway : "stand-in for " + HtmlPage.gatewayName(standInFor)) + ")";
    }

    private static void hero(StringBuilder out, LoadRun run, Baseline baseline, LoadVerdict v) {
        boolean compared = baseline != null;
        String label = compared ? v.decision().label() : v.passed() ? "PASS" : "FAIL";
        String tone = v.decision() == Verdict.NO_GO ? "bad" : v.decision() == Verdict.GO ? "good" : "warn";
        String detail = !v.reasons().isEmpty() ? count(v.reasons().size(), "reason") + ", below."
                : !v.warnings().isEmpty() ? "Nothing breaks; " + count(v.warnings().size(), "warning") + " below."
                : compared ? "No metric is materially worse than the baseline and every threshold holds."
                : "Every threshold of the profile holds.";
        List<Card> cards = new ArrayList<>();
        LoadMetrics c = run.metrics();
        LoadMetrics b = compared ? baseline.metrics() : null;
        if (compared) {
            long worse = outcomes(baseline, Outcome.WORSE);
            long noData = outcomes(baseline, Outcome.NO_DATA);
            cards.add(Card.of(worse, "worse", worse > 0 ? "bad" : "good").note("metrics, by the judge").link("#judge"));
            long better = outcomes(baseline, Outcome.BETTER);
            cards.add(Card.of(better, "better", better > 0 ? "good" : "plain").note("metrics").link("#judge"));
            cards.add(Card.of(outcomes(baseline, Outcome.SAME), "same", "plain").note("metrics").link("#judge"));
            if (noData > 0) cards.add(Card.of(noData, "no data", "warn").note("metrics not judged").link("#judge"));
        }
        cards.add(Card.of(c.requests(), "requests", c.failed() > 0 ? "warn" : "plain").note(c.failed() + " failed ("
                + fmt("%.2f", c.errorRate() * 100) + " %)" + (b == null ? "" : "; baseline " + b.requests())).link("#figures"));
        cards.add(latencyCard("e2e p95", c.latency().get(Metric.E2E).p95(), b == null ? null : b.latency().get(Metric.E2E).p95()));
        cards.add(latencyCard("TTFT p95", c.latency().get(Metric.TTFT).p95(), b == null ? null : b.latency().get(Metric.TTFT).p95()));
        cards.add(Card.of(fmt("%.2f", c.requestsPerSecond()), "requests / s", "plain")
                .note(b != null ? "baseline " + fmt("%.2f", b.requestsPerSecond())
                        : c.goodputPerSecond() == null ? null : "goodput " + fmt("%.2f", c.goodputPerSecond()))
                .link("#figures"));
        out.append(HtmlPage.hero(label, tone, detail, cards));
    }

    private static Card latencyCard(String label, double value, Double baseline) {
        return Card.of(Double.isNaN(value) ? "–" : fmt("%.0f", value) + " ms", label, "plain")
                .note(baseline == null ? null : "baseline " + (baseline.isNaN() ? "–" : fmt("%.0f", baseline) + " ms"))
                .link("#percentiles");
    }

    private static long outcomes(Baseline baseline, Outcome o) {
        return baseline.comparisons().stream().filter(c -> c.outcome() == o).count();
    }

    private static void list(StringBuilder out, String heading, List<String> items) {
        if (items.isEmpty()) return;
        out.append("<h3>").append(heading).append("</h3><ul class=\"reasons\">");
        items.forEach(i -> out.append("<li>").append(esc(i)).append("</li>"));
        out.append("</ul>\n");
    }

    private static void thresholds(StringBuilder out, LoadRun run, Baseline baseline, LoadReport.Plan plan) {
        List<LoadThresholds.Row> rows = LoadThresholds.of(run.profile().thresholds(), plan == null ? LoadLimits.NONE : plan.limits(),
                run.metrics(), baseline == null ? null : baseline.metrics());
        out.append("<h2 id=\"thresholds\">Thresholds</h2>");
        if (rows.isEmpty()) {
            out.append("<p class=\"muted\">Neither the profile nor a plan sets one.</p>\n");
            return;
        }
        out.append("<p class=\"muted\">The profile's thresholds hold for ").append(baseline == null ? "the run" : "the candidate")
                .append(plan == null ? "" : "; the plan's (" + esc(plan.name()) + ") hold the candidate against the baseline")
                .append(".</p><table class=\"figures\"><tr><th>threshold</th><th>from</th>");
        if (baseline != null) out.append("<th>baseline</th>");
        out.append("<th>").append(baseline == null ? "run" : "candidate").append("</th><th>measured</th><th>holds</th></tr>");
        for (LoadThresholds.Row r : rows) {
            out.append("<tr><td>").append(esc(r.rule())).append(" <code class=\"muted\">").append(esc(r.key())).append("</code></td><td>")
                    .append(r.source()).append("</td>");
            if (baseline != null) out.append("<td>").append(esc(r.baseline() == null ? "" : r.baseline())).append("</td>");
            out.append("<td>").append(esc(r.candidate())).append("</td><td>").append(esc(r.measured())).append("</td>")
                    .append(r.holds() == null ? "<td class=\"NO_DATA\">not checked</td>"
                            : r.holds() ? "<td class=\"BETTER\">✓ holds</td>" : "<td class=\"WORSE\">✗ broken</td>")
                    .append("</tr>");
        }
        out.append("</table>\n");
    }

    private static void judge(StringBuilder out, List<MetricComparison> comparisons) {
        out.append("<h2 id=\"judge\">The judge: baseline vs candidate</h2><p class=\"muted\">Mann-Whitney U (two-sided) says "
                + "whether the runs differ; the Hodges-Lehmann shift says by how much. Worse only when significant and beyond "
                + "both the tolerance and the allowed increase.</p><table class=\"figures\"><tr><th>metric</th><th>baseline median</th>"
                + "<th>candidate median</th><th>shift</th><th>relative</th><th>p</th><th>n (baseline / candidate)</th>"
                + "<th>outcome</th><th class=\"why\">why</th></tr>");
        for (MetricComparison c : comparisons) {
            out.append("<tr><td>").append(esc(c.metric())).append(" (").append(esc(c.unit())).append(")</td><td>")
                    .append(num(c.baselineMedian(), "%.3g")).append("</td><td>").append(num(c.candidateMedian(), "%.3g"))
                    .append("</td><td>").append(num(c.shift(), "%+.3g")).append("</td><td>")
                    .append(c.relative() == null ? "" : num(c.relative() * 100, "%+.1f") + " %").append("</td><td>")
                    .append(num(c.pValue(), "%.2g")).append("</td><td>").append(c.baselineCount()).append(" / ")
                    .append(c.candidateCount()).append("</td><td class=\"").append(c.outcome().name()).append("\">")
                    .append(c.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("</td><td class=\"why\">")
                    .append(esc(c.explanation())).append("</td></tr>");
        }
        out.append("</table>\n");
    }

    static String num(Double v, String format) {
        return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, format, v);
    }

    private static String fmt(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String esc(String s) {
        return HtmlText.escape(s);
    }
}
