package dev.cutover.report;

import dev.cutover.run.Status;
import dev.cutover.wire.Redactor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * index.html for a platform engineer: verdict and summary first, then each failure in full (request
 * beside response), then every outcome in one table. One self-contained file in the frame of {@link HtmlPage}.
 */
final class HtmlReport {
    private HtmlReport() {}

    static String render(RunReport r, Redactor redactor) {
        Html h = new Html();
        String name = r.target().name();
        h.raw(HtmlPage.head("cutover — " + name));
        header(h, r);
        summary(h, r);
        List<OutcomeReport> outcomes = r.outcomes();
        long problems = outcomes.stream().filter(OutcomeReport::failedOrErrored).count();
        if (problems > 0) {
            h.raw("<h2 id=\"failures\">Failures and errors (").text(problems).raw(")</h2>\n");
            HtmlFailures failures = new HtmlFailures(h, redactor);
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).failedOrErrored()) failures.section(outcomes.get(i), Html.anchor(i));
            }
        }
        allOutcomes(h, r.outcomes());
        return h.raw(HtmlPage.end()).toString();
    }

    private static void header(Html h, RunReport r) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Target", r.target().name());
        meta.put("Gateway", r.target().gateway());
        meta.put("Base URL", r.target().baseUrl());
        meta.put("Started", r.startedAt());
        meta.put("Duration", Format.duration(r.durationMs()));
        h.raw(HtmlPage.header("cutover report — " + r.target().name(), meta));
    }

    private static void summary(Html h, RunReport r) {
        h.raw("<h2 id=\"summary\">Summary</h2>\n");
        h.el("p", r.allPassed() ? "verdict pass" : "verdict fail", Format.verdict(r)).raw("\n<div class=\"totals\">");
        for (Status s : Status.values()) {
            h.raw("<div class=\"").raw(s.name()).raw("\"><b>").text(r.count(s)).raw("</b>").text(Format.label(s)).raw("</div>");
        }
        h.raw("</div>\n");
        coverage(h, r.coverage());
        HtmlBill.render(h, r.bill());
        countsTable(h, "By feature", "Feature", r.features(), UnaryOperator.identity());
        countsTable(h, "By level", "Level", r.levels(), Format::lower);
        HtmlSdks.summary(h, r.sdks());
    }

    /** Coverage right under the verdict: what should have run and did not is the first thing to doubt. */
    private static void coverage(Html h, RunReport.CoverageReport c) {
        h.el("p", c.share() < 0.8 ? "verdict fail" : "muted", "Coverage: " + c.summary()).raw("\n");
        if (c.notRun().isEmpty()) return;
        h.raw("<details><summary>").text(c.notRun().size() + " applicable scenario" + (c.notRun().size() == 1 ? "" : "s")
                + " did not run").raw("</summary><ul>");
        c.notRun().forEach(n -> h.el("li", null, n));
        h.raw("</ul></details>\n");
    }

    /** A scenario counts under each of its features, so feature rows may add up to more than the total. */
    private static void countsTable(Html h, String title, String column, Map<String, Map<Status, Integer>> rows,
                                    UnaryOperator<String> label) {
        h.el("h3", null, title).raw("\n");
        if (rows.isEmpty()) {
            h.el("p", "muted", "No scenario named one.").raw("\n");
            return;
        }
        h.raw("<table>\n<tr>").el("th", null, column);
        for (Status s : Status.values()) h.el("th", null, Format.label(s));
        h.raw("</tr>\n");
        rows.forEach((name, counts) -> {
            h.raw("<tr>").el("td", null, label.apply(name));
            for (Status s : Status.values()) {
                int n = counts.getOrDefault(s, 0);
                h.el("td", n > 0 ? "num " + s.name() : "num", n);
            }
            h.raw("</tr>\n");
        });
        h.raw("</table>\n");
    }

    private static void allOutcomes(Html h, List<OutcomeReport> outcomes) {
        h.raw("<h2 id=\"outcomes\">All outcomes (").text(outcomes.size()).raw(")</h2>\n");
        h.raw("<table>\n<tr><th>Scenario</th><th>Area</th><th>Status</th><th>Reason</th><th>Duration</th><th>SDKs</th></tr>\n");
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeReport o = outcomes.get(i);
            h.raw("<tr><td>");
            if (o.failedOrErrored()) h.raw("<a href=\"#").raw(Html.anchor(i)).raw("\">").text(o.id()).raw("</a>");
            else h.text(o.id());
            h.raw("</td>").el("td", null, o.area()).raw("<td><span class=\"status ").raw(o.status().name()).raw("\">")
                    .text(Format.label(o.status())).raw("</span></td>")
                    .el("td", null, o.reason()).el("td", "num", Format.duration(o.durationMs()));
            HtmlSdks.cell(h, o);
            h.raw("</tr>\n");
        }
        h.raw("</table>\n");
    }
}
