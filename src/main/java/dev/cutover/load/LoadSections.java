package dev.cutover.load;

import static dev.cutover.load.LoadHtml.esc;
import static dev.cutover.load.LoadHtml.num;

import dev.cutover.stats.Distribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * load.html under the verdict and the judge: the figures and percentiles (the baseline's before the candidate's),
 * full-width charts, the errors and how it was measured.
 */
final class LoadSections {
    private static final int[] PERCENTILES = {50, 90, 95, 99};

    private final StringBuilder out;
    private final LoadRun run;
    private final Baseline baseline;

    LoadSections(StringBuilder out, LoadRun run, Baseline baseline) {
        this.out = out;
        this.run = run;
        this.baseline = baseline;
    }

    void figures() {
        out.append("<h2 id=\"figures\">Figures</h2><table class=\"figures\"><tr><th></th>");
        if (baseline != null) out.append("<th>baseline ").append(esc(baseline.target())).append("</th>");
        out.append("<th>").append(baseline == null ? "" : "candidate ").append(esc(run.target())).append("</th></tr>");
        LoadMetrics c = run.metrics();
        LoadMetrics b = baseline == null ? null : baseline.metrics();
        row("requests", (double) c.requests(), b == null ? null : (double) b.requests(), "%.0f");
        row("failed", (double) c.failed(), b == null ? null : (double) b.failed(), "%.0f");
        row("error rate %", c.errorRate() * 100, b == null ? null : b.errorRate() * 100, "%.2f");
        row("requests / s", c.requestsPerSecond(), b == null ? null : b.requestsPerSecond(), "%.2f");
        row("output tokens / s", c.outputTokensPerSecond(), b == null ? null : b.outputTokensPerSecond(), "%.1f");
        row("goodput (requests / s meeting every SLO)", c.goodputPerSecond(), b == null ? null : b.goodputPerSecond(), "%.2f");
        row("duration s", c.durationS(), b == null ? null : b.durationS(), "%.1f");
        out.append("</table>\n");
    }

    /** value is null where nothing measured it (goodput without an SLO). */
    private void row(String name, Double value, Double base, String format) {
        out.append("<tr><td>").append(esc(name)).append("</td>");
        if (baseline != null) out.append("<td>").append(num(base, format)).append("</td>");
        out.append("<td>").append(num(value, format)).append("</td></tr>");
    }

    void percentiles() {
        out.append("<h2 id=\"percentiles\">Latency percentiles (ms)</h2><table class=\"figures\"><tr><th>metric</th><th class=\"text\">run</th><th>n</th>");
        for (int p : PERCENTILES) out.append("<th>p").append(p).append("</th>");
        out.append("<th>mean</th></tr>");
        for (Metric m : Metric.values()) {
            if (baseline != null) percentileRow(m.label(), "baseline " + baseline.target(), baseline.metrics().latency().get(m));
            percentileRow(baseline == null ? m.label() : "", (baseline == null ? "" : "candidate ") + run.target(),
                    run.metrics().latency().get(m));
        }
        out.append("</table>\n");
    }

    private void percentileRow(String metric, String who, Distribution d) {
        out.append("<tr><td>").append(esc(metric)).append("</td><td class=\"text\">").append(esc(who)).append("</td><td>").append(d.count()).append("</td>");
        for (int p : PERCENTILES) out.append("<td>").append(num(d.percentile(p), "%.1f")).append("</td>");
        out.append("<td>").append(num(d.mean(), "%.1f")).append("</td></tr>");
    }

    /** Line charts one to a row, the full width; the per-metric bars two to a row. Baseline first, in blue. */
    void charts() {
        out.append("<h2 id=\"charts\">Charts</h2><div class=\"charts\">");
        List<String> names = new ArrayList<>();
        List<List<Double>> ttft = new ArrayList<>();
        if (baseline != null) {
            names.add("baseline " + baseline.target());
            ttft.add(LoadMetrics.values(baseline.samples(), Metric.TTFT));
            figure("e2e p95 per second: baseline vs candidate",
                    Charts.p95OverTime(baseline.metrics(), run.metrics(), names.get(0), "candidate " + run.target()));
        }
        names.add((baseline == null ? "" : "candidate ") + run.target());
        ttft.add(LoadMetrics.values(run.samples(), Metric.TTFT));
        if (baseline != null) figure("Latency percentiles per second, baseline " + baseline.target(), Charts.overTime(baseline.metrics()));
        figure("Latency percentiles per second, " + names.get(names.size() - 1), Charts.overTime(run.metrics()));
        figure("TTFT distribution (requests per bin, ms)", Charts.histogram(names, ttft));
        out.append("</div><div class=\"charts grid2\">");
        for (Metric m : Metric.values()) {
            List<Distribution> ds = new ArrayList<>();
            if (baseline != null) ds.add(baseline.metrics().latency().get(m));
            ds.add(run.metrics().latency().get(m));
            figure(m.label() + (baseline == null ? " percentiles" : ": baseline vs candidate"), Charts.percentileBars(names, ds));
        }
        out.append("</div>\n");
    }

    private void figure(String caption, String svg) {
        out.append("<figure><figcaption>").append(esc(caption)).append("</figcaption>").append(svg).append("</figure>");
    }

    void errors() {
        LoadMetrics m = run.metrics();
        out.append("<h2 id=\"errors\">Errors</h2>");
        if (m.failed() == 0) {
            out.append("<p>None.</p>");
        } else {
            table("by status (0: no response)", m.errorsByStatus());
            table("by reason", m.errorsByReason());
        }
        if (run.resendsRefused() > 0) {
            out.append("<p>").append(run.resendsRefused()).append(" stream(s) broken mid-way that Gatling's SSE client tried to "
                    + "send again were refused: the gateway received none of these resends, and the streams count as "
                    + "failed (\"stream broken before [DONE]\", or \"no [DONE] within\" when the request timeout came "
                    + "first).</p>");
        }
        out.append('\n');
    }

    private void table(String heading, Map<?, Integer> counts) {
        out.append("<table class=\"figures\"><tr><th>").append(esc(heading)).append("</th><th>requests</th></tr>");
        counts.forEach((k, v) -> out.append("<tr><td>").append(esc(String.valueOf(k))).append("</td><td>").append(v).append("</td></tr>"));
        out.append("</table>");
    }

    void method(String gatlingReport) {
        out.append("<h2 id=\"method\">How this was measured</h2><ul>");
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
        out.append('\n');
    }
}
