package dev.cutover.report;

import dev.cutover.parity.Difference;
import dev.cutover.parity.ScenarioRuns;
import dev.cutover.report.CompareReport.FeatureRow;
import dev.cutover.report.CompareReport.SideReport;
import dev.cutover.run.Outcome;
import dev.cutover.run.Status;
import dev.cutover.verdict.ComparisonResult;
import dev.cutover.verdict.Impact;
import dev.cutover.verdict.Weighed;
import dev.cutover.wire.Redactor;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * index.html of a compare: the verdict and its reasons first, stand-ins called out, then features ×
 * (baseline, candidate), then every difference with both responses side by side and the differing
 * fields marked, then noise, waivers and every scenario's three runs.
 */
final class CompareHtml {
    private CompareHtml() {}

    static String render(CompareReport r, ComparisonResult result, Redactor redactor) {
        Html h = new Html();
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Baseline", r.baseline().target());
        meta.put("Candidate", r.candidate().target());
        meta.put("Started", r.startedAt());
        meta.put("Duration", Format.duration(r.durationMs()));
        h.raw(HtmlPage.head("cutover compare — " + r.plan().name()))
                .raw(HtmlPage.header("cutover compare — " + r.plan().name(), meta));
        String cls = switch (r.verdict()) { case "GO" -> "pass"; case "NO_GO" -> "fail"; default -> "warn"; };
        h.el("p", "verdict " + cls, r.verdictLabel()).raw("\n");
        h.el("p", "muted", "Coverage: " + r.coverage()).raw("\n<ul class=\"reasons\">\n");
        r.reasons().forEach(reason -> h.el("li", null, reason).raw("\n"));
        h.raw("</ul>\n");
        for (SideReport s : List.of(r.baseline(), r.candidate())) {
            if (s.standInFor() != null) h.el("p", "standin", "The " + s.role() + " " + s.target() + " is cutover's stand-in for "
                    + s.standInFor() + ", not the real gateway: it imitates its documented behaviour.").raw("\n");
        }
        sides(h, r);
        features(h, r.features());
        differences(h, result, redactor);
        noise(h, r);
        waivers(h, r);
        scenarios(h, r);
        return h.raw(HtmlPage.end()).toString();
    }

    private static void sides(Html h, CompareReport r) {
        h.raw("<table>\n<tr><th></th><th>Target</th><th>Gateway</th><th>Stand-in for</th><th>Upstream</th><th>Base URL</th><th>Profile</th></tr>\n");
        for (SideReport s : List.of(r.baseline(), r.candidate())) {
            h.raw("<tr>").el("th", null, s.role()).el("td", null, s.target()).el("td", null, s.gateway())
                    .el("td", s.standInFor() == null ? null : "standin", s.standInFor() == null ? "— (real)" : s.standInFor())
                    .el("td", null, s.upstream()).el("td", null, s.baseUrl()).el("td", null, s.file()).raw("</tr>\n");
        }
        h.raw("</table>\n");
        var t = r.totals();
        h.el("p", "muted", "Plan " + (r.plan().file() == null ? "(command line)" : r.plan().file()) + "; " + r.plan().selection()
                + "; " + t.compared() + " of " + t.scenarios() + " scenarios ran on both sides (" + t.stepsCompared()
                + " steps compared); started " + r.startedAt() + ", took " + Format.duration(r.durationMs()) + ".").raw("\n");
    }

    private static void features(Html h, Map<String, FeatureRow> rows) {
        h.raw("<h2 id=\"features\">Features × (baseline, candidate)</h2>\n<table>\n<tr><th>Feature</th><th>Baseline</th>")
                .raw("<th>Candidate</th><th>Differences that count</th></tr>\n");
        rows.forEach((f, row) -> h.raw("<tr>").el("td", null, f).el("td", null, counts(row.baseline()))
                .el("td", null, counts(row.candidate())).el("td", row.differences() > 0 ? "num FAILED" : "num", row.differences()).raw("</tr>\n"));
        h.raw("</table>\n");
    }

    private static String counts(Map<Status, Integer> c) {
        String s = c.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + Format.label(e.getKey())).collect(Collectors.joining(", "));
        return s.isEmpty() ? "—" : s;
    }

    /** One block per scenario step, under the worst impact among its differences. */
    private static void differences(Html h, ComparisonResult result, Redactor redactor) {
        Map<String, List<Weighed>> bySteps = result.decision().differences().stream().collect(Collectors.groupingBy(
                w -> w.difference().scenarioId() + "#" + w.difference().step(), LinkedHashMap::new, Collectors.toList()));
        Map<String, ScenarioRuns> runs = new LinkedHashMap<>();
        result.runs().forEach(x -> runs.putIfAbsent(x.scenarioId(), x));
        for (Impact impact : Impact.values()) {
            List<List<Weighed>> blocks = bySteps.values().stream()
                    .filter(ws -> ws.stream().map(Weighed::counted).min(Enum::compareTo).orElseThrow() == impact).toList();
            String title = switch (impact) {
                case BLOCKING -> "Blocking differences";
                case WARNING -> "Warnings";
                case IMPROVEMENT -> "Improvements (the candidate passes what the baseline failed)";
                case NOTE -> "Notes";
            };
            h.raw("<h2 id=\"").raw(impact.name().toLowerCase()).raw("\">").text(title + " (" + blocks.size() + " steps)").raw("</h2>\n");
            if (blocks.isEmpty()) h.el("p", "muted", "None.").raw("\n");
            if (impact == Impact.NOTE && !blocks.isEmpty()) h.raw("<details><summary>Show the notes (cosmetic or waived)</summary>\n");
            for (List<Weighed> ws : blocks) block(h, ws, runs.get(ws.get(0).difference().scenarioId()), redactor);
            if (impact == Impact.NOTE && !blocks.isEmpty()) h.raw("</details>\n");
        }
    }

    private static void block(Html h, List<Weighed> unsorted, ScenarioRuns runs, Redactor redactor) {
        // What counts most first; the sort is stable, so paths stay in order within an impact.
        List<Weighed> ws = unsorted.stream().sorted(Comparator.comparing(Weighed::counted)).toList();
        Difference first = ws.get(0).difference();
        h.raw("<section class=\"difference\">\n<h3>").text(first.scenarioId() + (first.step() < 0 ? "" : " — step " + first.stepName()))
                .raw("</h3>\n").el("p", "muted", first.title() + " (" + first.area() + ", severity " + Format.lower(first.severity().name()) + ")")
                .raw("\n<table>\n<tr><th>Impact</th><th>Class</th><th>Field</th><th>Baseline</th><th>Candidate</th><th>Why it matters</th></tr>\n");
        for (Weighed w : ws) {
            Difference d = w.difference();
            String impact = w.counted().name().toLowerCase() + (w.waivedBy() == null ? "" : " (waived: " + w.waivedBy().reason()
                    + ", until " + w.waivedBy().expires() + ")");
            h.raw("<tr>").el("td", "impact " + w.counted().name(), impact).el("td", null, d.diffClass().name().toLowerCase())
                    .raw("<td><code>").text(d.path()).raw("</code></td>").el("td", "value", show(d.baseline()))
                    .el("td", "value", show(d.candidate())).el("td", null, d.why()).raw("</tr>\n");
        }
        h.raw("</table>\n<div class=\"pair\">\n");
        List<String> paths = ws.stream().map(w -> w.difference().path()).toList();
        side(h, "Baseline", runs == null ? null : runs.baseline(), first.step(), paths, redactor);
        side(h, "Candidate", runs == null ? null : runs.candidate(), first.step(), paths, redactor);
        h.raw("</div>\n</section>\n");
    }

    private static void side(Html h, String title, Outcome o, int step, List<String> paths, Redactor redactor) {
        h.raw("<div>").el("h5", null, title).raw("<pre>");
        if (o != null) {
            for (CompareSides.Line l : CompareSides.lines(o, step, redactor)) {
                boolean marked = paths.stream().anyMatch(p -> CompareSides.shows(l, p));
                if (marked) h.raw("<mark>").text(l.text()).raw("</mark>\n");
                else h.text(l.text()).raw("\n");
            }
        }
        h.raw("</pre></div>\n");
    }

    private static void noise(Html h, CompareReport r) {
        h.raw("<h2 id=\"noise\">Noise: fields the baseline varies on by itself (").text(r.noise().size()).raw(")</h2>\n");
        if (r.noise().isEmpty()) {
            h.el("p", "muted", "The two baseline runs agreed on every field after normalisation.").raw("\n");
            return;
        }
        h.raw("<table>\n<tr><th>Field</th><th>Seen in steps</th><th>Baseline vs itself</th><th>Baseline vs candidate</th><th>Dropped</th><th>Treated as</th></tr>\n");
        r.noise().forEach(n -> h.raw("<tr><td><code>").text(n.path()).raw("</code></td>").el("td", "num", n.seen())
                .el("td", "num", n.baselineDiffers()).el("td", "num", n.candidateDiffers()).el("td", "num", n.dropped())
                .el("td", null, n.filtered() ? "noise" : "real where the baseline was stable").raw("</tr>\n"));
        h.raw("</table>\n");
    }

    private static void waivers(Html h, CompareReport r) {
        if (r.waivers().isEmpty()) return;
        h.raw("<h2 id=\"waivers\">Waivers</h2>\n<ul>\n");
        r.waivers().forEach(w -> h.el("li", w.expired() ? "FAILED" : null, w.note()).raw("\n"));
        h.raw("</ul>\n");
    }

    private static void scenarios(Html h, CompareReport r) {
        h.raw("<h2 id=\"scenarios\">Every scenario (").text(r.scenarios().size()).raw(")</h2>\n<table>\n<tr><th>Scenario</th>")
                .raw("<th>Area</th><th>Baseline</th><th>Baseline again</th><th>Candidate</th><th>Differences</th></tr>\n");
        r.scenarios().forEach(s -> h.raw("<tr>").el("td", null, s.id()).el("td", null, s.area())
                .el("td", s.baseline().name(), Format.label(s.baseline())).el("td", s.baselineAgain().name(), Format.label(s.baselineAgain()))
                .el("td", s.candidate().name(), Format.label(s.candidate()) + (s.candidateReason() == null ? "" : " — " + Format.firstLine(s.candidateReason())))
                .el("td", "num", s.differences()).raw("</tr>\n"));
        h.raw("</table>\n");
    }

    private static String show(String v) {
        return v == null ? "(absent)" : v;
    }
}
