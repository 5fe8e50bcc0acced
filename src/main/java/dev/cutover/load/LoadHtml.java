package dev.cutover.load;

import dev.cutover.report.HtmlPage;
import dev.cutover.report.HtmlText;
import dev.cutover.stats.Distribution;
import dev.cutover.verdict.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** load.html: the verdict and its reasons first, then the figures, then charts, then how it was measured. */
final class LoadHtml {
    private static final int[] PERCENTILES = {50, 90, 95, 99};

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final boolean compared;

    private LoadHtml(boolean compared) {
        this.compared = compared;
    }

    static String render(LoadRun run, Baseline baseline, LoadVerdict verdict, String gatlingReport) {
        LoadHtml h = new LoadHtml(baseline != null);
        h.head(run, baseline);
        h.verdict(verdict);
        h.figures(run, baseline);
        h.percentiles(run, baseline);
        h.charts(run, baseline);
        if (baseline != null) h.comparison(baseline.comparisons());
        h.errors(run.metrics(), run.resendsRefused());
        h.method(run, gatlingReport);
        return h.out.append(HtmlPage.end()).toString();
    }

    private void head(LoadRun run, Baseline baseline) {
        String title = "Load: " + run.profile().name() + " against " + run.target()
                + (baseline == null ? "" : " (baseline " + baseline.target() + ")");
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Target", run.target());
        meta.put("Gateway", run.gateway());
        meta.put("Base URL", run.baseUrl());
        meta.put("Started", run.startedAt().toString());
        meta.put("Ended", run.stopReason());
        out.append(HtmlPage.head(title)).append(HtmlPage.header(title, meta));
    }

    private void verdict(LoadVerdict v) {
        String label = compared ? v.decision().label() : v.passed() ? "PASS" : "FAIL";
        String cls = v.decision() == Verdict.NO_GO ? "fail" : v.decision() == Verdict.GO ? "pass" : "warn";
        out.append("<h2>Verdict</h2><p class=\"verdict ").append(cls).append("\">").append(esc(label)).append("</p>");
        if (v.reasons().isEmpty() && v.warnings().isEmpty()) {
            out.append("<p>").append(compared ? "No metric is materially worse than the baseline and every threshold holds."
                    : "Every threshold of the profile holds.").append("</p>");
        }
        list("Reasons", v.reasons());
        list("Warnings", v.warnings());
    }

    private void list(String heading, List<String> items) {
        if (items.isEmpty()) return;
        out.append("<h3>").append(heading).append("</h3><ul>");
        items.forEach(i -> out.append("<li>").append(esc(i)).append("</li>"));
        out.append("</ul>");
    }

    private void figures(LoadRun run, Baseline baseline) {
        out.append("<h2>Figures</h2><table class=\"figures\"><tr><th></th><th>").append(esc(run.target())).append("</th>");
        if (baseline != null) out.append("<th>baseline ").append(esc(baseline.target())).append("</th>");
        out.append("</tr>");
        LoadMetrics c = run.metrics();
        LoadMetrics b = baseline == null ? null : baseline.metrics();
        row("requests", c.requests(), b == null ? null : (double) b.requests(), "%.0f");
        row("failed", c.failed(), b == null ? null : (double) b.failed(), "%.0f");
        row("error rate %", c.errorRate() * 100, b == null ? null : b.errorRate() * 100, "%.2f");
        row("requests / s", c.requestsPerSecond(), b == null ? null : b.requestsPerSecond(), "%.2f");
        row("output tokens / s", c.outputTokensPerSecond(), b == null ? null : b.outputTokensPerSecond(), "%.1f");
        row("goodput (requests / s meeting every SLO)", c.goodputPerSecond(), b == null ? null : b.goodputPerSecond(), "%.2f");
        row("duration s", c.durationS(), b == null ? null : b.durationS(), "%.1f");
        out.append("</table>");
    }

    private void row(String name, Double value, Double baseline, String format) {
        out.append("<tr><td>").append(esc(name)).append("</td><td>").append(num(value, format)).append("</td>");
        if (compared) out.append("<td>").append(num(baseline, format)).append("</td>");
        out.append("</tr>");
    }

    private void row(String name, double value, Double baseline, String format) {
        row(name, Double.valueOf(value), baseline, format);
    }

    private void percentiles(LoadRun run, Baseline baseline) {
        out.append("<h2>Latency percentiles (ms)</h2><table class=\"figures\"><tr><th>metric</th><th>run</th><th>n</th>");
        for (int p : PERCENTILES) out.append("<th>p").append(p).append("</th>");
        out.append("<th>mean</th></tr>");
        for (Metric m : Metric.values()) {
            percentileRow(m.label(), run.target(), run.metrics().latency().get(m));
            if (baseline != null) percentileRow("", "baseline " + baseline.target(), baseline.metrics().latency().get(m));
        }
        out.append("</table>");
    }

    private void percentileRow(String metric, String who, Distribution d) {
        out.append("<tr><td>").append(esc(metric)).append("</td><td>").append(esc(who)).append("</td><td>").append(d.count()).append("</td>");
        for (int p : PERCENTILES) out.append("<td>").append(num(d.percentile(p), "%.1f")).append("</td>");
        out.append("<td>").append(num(d.mean(), "%.1f")).append("</td></tr>");
    }

    private void charts(LoadRun run, Baseline baseline) {
        out.append("<h2>Charts</h2><div class=\"charts\"><figure><figcaption>Latency percentiles over time (")
                .append(esc(run.target())).append(")</figcaption>")
                .append(Charts.overTime(run.metrics())).append("</figure>");
        List<String> names = new ArrayList<>();
        List<List<Double>> ttft = new ArrayList<>();
        if (baseline != null) {
            names.add("baseline " + baseline.target());
            ttft.add(LoadMetrics.values(baseline.samples(), Metric.TTFT));
            out.append("<figure><figcaption>e2e p95 over time, baseline vs candidate</figcaption>")
                    .append(Charts.p95OverTime(baseline.metrics(), run.metrics(), names.get(0), run.target())).append("</figure>");
        }
        names.add(run.target());
        ttft.add(LoadMetrics.values(run.samples(), Metric.TTFT));
        out.append("<figure><figcaption>TTFT distribution (requests per bin)</figcaption>")
                .append(Charts.histogram(names, ttft)).append("</figure>");
        for (Metric m : Metric.values()) {
            List<Distribution> ds = new ArrayList<>();
            if (baseline != null) ds.add(baseline.metrics().latency().get(m));
            ds.add(run.metrics().latency().get(m));
            out.append("<figure><figcaption>").append(esc(m.label())).append(baseline == null ? "" : ": baseline vs candidate")
                    .append("</figcaption>").append(Charts.percentileBars(names, ds)).append("</figure>");
        }
        out.append("</div>");
    }

    private void comparison(List<MetricComparison> comparisons) {
        out.append("<h2>Baseline vs candidate</h2><p class=\"muted\">Mann-Whitney U (two-sided) says whether the runs differ; "
                + "the Hodges-Lehmann shift says by how much. Worse only when significant and beyond both the tolerance "
                + "and the allowed increase.</p><table class=\"figures\"><tr><th>metric</th><th>baseline median</th><th>candidate median</th>"
                + "<th>shift</th><th>relative</th><th>p</th><th>n</th><th>outcome</th><th>why</th></tr>");
        for (MetricComparison c : comparisons) {
            out.append("<tr><td>").append(esc(c.metric())).append(" (").append(esc(c.unit())).append(")</td><td>")
                    .append(num(c.baselineMedian(), "%.3g")).append("</td><td>").append(num(c.candidateMedian(), "%.3g"))
                    .append("</td><td>").append(num(c.shift(), "%+.3g")).append("</td><td>")
                    .append(c.relative() == null ? "" : num(c.relative() * 100, "%+.1f") + " %").append("</td><td>")
                    .append(num(c.pValue(), "%.2g")).append("</td><td>").append(c.baselineCount()).append(" / ")
                    .append(c.candidateCount()).append("</td><td class=\"").append(c.outcome().name()).append("\">")
                    .append(c.outcome().name()).append("</td><td class=\"why\">").append(esc(c.explanation()))
                    .append("</td></tr>");
        }
        out.append("</table>");
    }

    private void errors(LoadMetrics m, long resendsRefused) {
        out.append("<h2>Errors</h2>");
        if (m.failed() == 0) {
            out.append("<p>None.</p>");
        } else {
            table("by status (0: no response)", m.errorsByStatus());
            table("by reason", m.errorsByReason());
        }
        if (resendsRefused > 0) {
            out.append("<p>").append(resendsRefused).append(" stream(s) broken mid-way that Gatling's SSE client tried to "
                    + "send again were refused: the gateway received none of these resends, and the streams count as "
                    + "failed (\"stream broken before [DONE]\", or \"no [DONE] within\" when the request timeout came "
                    + "first).</p>");
        }
    }

    private void table(String heading, Map<?, Integer> counts) {
        out.append("<table class=\"figures\"><tr><th>").append(esc(heading)).append("</th><th>requests</th></tr>");
        counts.forEach((k, v) -> out.append("<tr><td>").append(esc(String.valueOf(k))).append("</td><td>").append(v).append("</td></tr>"));
        out.append("</table>");
    }

    private void method(LoadRun run, String gatlingReport) {
        out.append("<h2>How this was measured</h2><ul>");
        for (Metric m : Metric.values()) out.append("<li><b>").append(esc(m.label())).append("</b>: ").append(esc(m.meaning())).append("</li>");
        out.append("<li>Latencies count successful requests only; percentiles interpolate linearly between ranks (numpy's default).</li>"
                + "<li>Clock: Gatling's, in whole milliseconds. Every chunk's arrival time comes from Gatling's SSE client "
                + "itself, for every stream of the run.</li>");
        var p = run.profile();
        out.append("<li>Profile <code>").append(esc(p.name())).append("</code>: ").append(esc(p.model().name().toLowerCase()))
                .append(" model, ").append(p.stages().size()).append(" stage(s), ").append(num(p.streaming() * 100, "%.0f"))
                .append(" % streamed, prompt ").append(p.promptWords()).append(" words, answer ").append(p.completionWords())
                .append(" words; provider TTFT ").append(p.provider().ttftMs()).append(" ms, ").append(p.provider().tokenGapMs())
                .append(" ms between tokens, first event ").append(p.provider().firstEvent().yamlName().replace('_', ' '))
                .append(" (scripted mock only); caps ").append(p.limits().seconds()).append(" s, ")
                .append(p.limits().requests()).append(" requests.</li>");
        MockTiming t = run.mockTiming();
        if (t != null) {
            out.append("<li>The mock provider's own account of its timing: it wrote ").append(t.parts())
                    .append(" answer parts, p50 ").append(num(t.p50Ms(), "%.2f")).append(" ms, p99 ").append(num(t.p99Ms(), "%.2f"))
                    .append(" ms, max ").append(num(t.maxMs(), "%.1f")).append(" ms after their deadlines")
                    .append(t.late() ? " — <b>late</b>: its own delay is in these figures." : " (within the "
                            + num(MockTiming.LATE_P99_MS, "%.0f") + " ms bar at p99: the figures are the gateway's).")
                    .append("</li>");
        }
        out.append("</ul>");
        if (gatlingReport != null) {
            out.append("<p>Gatling's own report: <a href=\"").append(esc(gatlingReport)).append("\">").append(esc(gatlingReport)).append("</a></p>");
        }
    }

    private static String num(Double v, String format) {
        return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, format, v);
    }

    private static String esc(String s) {
        return HtmlText.escape(s);
    }
}
