package dev.cutover.report;

import dev.cutover.parity.ScenarioRuns;
import dev.cutover.report.CompareReport.DifferenceReport;
import dev.cutover.run.Outcome;
import dev.cutover.wire.Redactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every compared step with a difference, in full: a section per step under the worst impact among its differences,
 * its fields in a table, then both responses side by side with the differing lines marked.
 */
final class CompareDetails {
    private static final List<String> IMPACTS = List.of("BLOCKING", "WARNING", "IMPROVEMENT", "NOTE");

    private final Html h;
    private final Redactor redactor;
    private final Map<String, ScenarioRuns> runs = new LinkedHashMap<>();

    CompareDetails(Html h, List<ScenarioRuns> runs, Redactor redactor) {
        this.h = h;
        this.redactor = redactor;
        runs.forEach(x -> this.runs.putIfAbsent(redactor.mask(x.scenarioId()), x));
    }

    /** Each compared step with differences and the anchor of its section, in the order the differences came. */
    static Map<String, String> anchors(List<DifferenceReport> differences) {
        Map<String, String> out = new LinkedHashMap<>();
        differences.forEach(d -> out.computeIfAbsent(CompareTables.stepKey(d), k -> "step-" + out.size()));
        return out;
    }

    void render(List<DifferenceReport> differences, Map<String, String> anchors) {
        Map<String, List<DifferenceReport>> bySteps = new LinkedHashMap<>();
        differences.forEach(d -> bySteps.computeIfAbsent(CompareTables.stepKey(d), k -> new ArrayList<>()).add(d));
        h.raw("<h2 id=\"in-full\">Every difference in full</h2>\n");
        for (String impact : IMPACTS) {
            List<String> keys = bySteps.keySet().stream().filter(k -> worst(bySteps.get(k)).equals(impact)).toList();
            String title = switch (impact) {
                case "BLOCKING" -> "Blocking";
                case "WARNING" -> "Warnings";
                case "IMPROVEMENT" -> "Improvements: the candidate passes what the baseline failed";
                default -> "Notes: cosmetic or waived";
            };
            h.raw("<h3 id=\"full-").raw(impact.toLowerCase()).raw("\">").text(title + " (" + Format.count(keys.size(), "step") + ")")
                    .raw("</h3>\n");
            if (keys.isEmpty()) h.el("p", "muted", "None.").raw("\n");
            boolean fold = impact.equals("NOTE") || impact.equals("IMPROVEMENT");
            if (fold && !keys.isEmpty()) h.raw("<details><summary>Show them</summary>\n");
            keys.forEach(k -> block(bySteps.get(k), anchors.get(k)));
            if (fold && !keys.isEmpty()) h.raw("</details>\n");
        }
    }

    private static String worst(List<DifferenceReport> ds) {
        return ds.stream().map(DifferenceReport::counted).min(Comparator.comparingInt(IMPACTS::indexOf)).orElseThrow();
    }

    private void block(List<DifferenceReport> unsorted, String anchor) {
        // What counts most first; the sort is stable, so paths stay in order within an impact.
        List<DifferenceReport> ds = unsorted.stream().sorted(Comparator.comparingInt(d -> IMPACTS.indexOf(d.counted()))).toList();
        DifferenceReport first = ds.get(0);
        h.raw("<section class=\"difference\" id=\"").raw(anchor).raw("\">\n<h3>")
                .text(first.scenario() + (first.step() < 0 ? "" : " — step " + first.stepName())).raw("</h3>\n")
                .el("p", "muted", first.title() + " (" + first.area() + ", severity " + Format.lower(first.severity()) + ")")
                .raw("\n<table>\n<tr><th>Impact</th><th>Class</th><th>Field</th><th>Baseline</th><th>Candidate</th><th>Why it matters</th></tr>\n");
        for (DifferenceReport d : ds) {
            String impact = d.counted().toLowerCase() + (d.waiver() == null ? "" : " (waived: " + d.waiver() + ")");
            h.raw("<tr>").el("td", "impact " + d.counted(), impact).el("td", null, d.diffClass().toLowerCase())
                    .raw("<td><code>").text(d.path()).raw("</code></td>").el("td", "value", d.baseline() == null ? "(absent)" : d.baseline())
                    .el("td", "value", d.candidate() == null ? "(absent)" : d.candidate()).el("td", null, d.why()).raw("</tr>\n");
        }
        h.raw("</table>\n<div class=\"pair\">\n");
        List<String> paths = ds.stream().map(DifferenceReport::path).toList();
        ScenarioRuns x = runs.get(first.scenario());
        side("Baseline", x == null ? null : x.baseline(), first.step(), paths);
        side("Candidate", x == null ? null : x.candidate(), first.step(), paths);
        h.raw("</div>\n</section>\n");
    }

    private void side(String title, Outcome o, int step, List<String> paths) {
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
}
