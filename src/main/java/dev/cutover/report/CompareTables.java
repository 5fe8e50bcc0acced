package dev.cutover.report;

import dev.cutover.report.CompareReport.DifferenceReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compare page's two tables under the verdict. Blocking differences grouped by area, then scenario and step, a
 * row per field: baseline → candidate and why it matters. Warnings grouped by field and why — usually one habit of
 * the gateway seen in many scenarios — with the scenarios listed. Each scenario links to its difference in full.
 */
final class CompareTables {
    /** Scenarios named in a warning row before the rest fold away. */
    static final int SHOWN = 6;
    /** Characters of a value shown in a table cell. */
    static final int LONG = 240;

    private CompareTables() {}

    /** The key of a compared step, and so of its section in full. */
    static String stepKey(DifferenceReport d) {
        return d.scenario() + "#" + d.step();
    }

    static void blocking(Html h, List<DifferenceReport> all, Map<String, String> anchors) {
        List<DifferenceReport> blocking = all.stream().filter(d -> d.counted().equals("BLOCKING")).toList();
        h.raw("<h2 id=\"blocking\">Blocking differences (").text(blocking.size()).raw(")</h2>\n");
        if (blocking.isEmpty()) {
            h.el("p", "muted", "None: no difference the plan's policy counts as blocking.").raw("\n");
            return;
        }
        Map<String, List<DifferenceReport>> byArea = new LinkedHashMap<>();
        blocking.forEach(d -> byArea.computeIfAbsent(d.area(), k -> new ArrayList<>()).add(d));
        h.raw("<table class=\"wide\">\n<tr><th>Scenario</th><th>Field</th><th>Baseline</th><th></th><th>Candidate</th>"
                + "<th>Why it matters</th></tr>\n");
        byArea.forEach((area, ds) -> {
            Map<String, List<DifferenceReport>> byScenario = new LinkedHashMap<>();
            ds.forEach(d -> byScenario.computeIfAbsent(d.scenario(), k -> new ArrayList<>()).add(d));
            h.raw("<tr class=\"group\"><th colspan=\"6\">").text(area).raw("<small>")
                    .text(Format.count(ds.size(), "blocking difference") + " in " + Format.count(byScenario.size(), "scenario"))
                    .raw("</small></th></tr>\n");
            byScenario.values().forEach(rows -> {
                // A step is named only where the scenario differs in several: most have one, "request".
                boolean steps = rows.stream().filter(d -> d.step() >= 0).map(DifferenceReport::step).distinct().count() > 1;
                for (int i = 0; i < rows.size(); i++) {
                    DifferenceReport d = rows.get(i);
                    h.raw("<tr>");
                    if (i == 0) scenarioCell(h, d, rows.size(), anchors.get(stepKey(d)));
                    h.raw("<td><code>").text(d.path()).raw("</code>");
                    if (steps && d.step() >= 0) h.el("small", "muted", " step " + d.stepName());
                    h.raw("</td>").el("td", "value", show(d.baseline())).el("td", "arrow", "→").el("td", "value", show(d.candidate()))
                            .el("td", null, d.why()).raw("</tr>\n");
                }
            });
        });
        h.raw("</table>\n");
    }

    static void warnings(Html h, List<DifferenceReport> all, Map<String, String> anchors) {
        List<DifferenceReport> warnings = all.stream().filter(d -> d.counted().equals("WARNING")).toList();
        h.raw("<h2 id=\"warnings\">Warnings (").text(warnings.size()).raw(")</h2>\n");
        if (warnings.isEmpty()) {
            h.el("p", "muted", "None.").raw("\n");
            return;
        }
        Map<String, List<DifferenceReport>> byField = new LinkedHashMap<>();
        warnings.forEach(d -> byField.computeIfAbsent(d.path() + "\n" + d.kind() + "\n" + d.why(), k -> new ArrayList<>()).add(d));
        h.raw("<table class=\"wide\">\n<tr><th>Field</th><th>Baseline</th><th></th><th>Candidate</th><th>Why it matters</th>"
                + "<th>Scenarios</th></tr>\n");
        byField.values().forEach(ds -> {
            DifferenceReport d = ds.get(0);
            boolean same = ds.stream().allMatch(x -> show(x.baseline()).equals(show(d.baseline()))
                    && show(x.candidate()).equals(show(d.candidate())));
            h.raw("<tr><td><code>").text(d.path()).raw("</code></td>")
                    .el("td", "value", show(d.baseline()) + (same ? "" : " (and others)")).el("td", "arrow", "→")
                    .el("td", "value", show(d.candidate()) + (same ? "" : " (and others)")).el("td", null, d.why())
                    .raw("<td class=\"ids\">");
            List<String> steps = new ArrayList<>(new LinkedHashSet<>(ds.stream().map(CompareTables::stepKey).toList()));
            for (int i = 0; i < steps.size(); i++) {
                if (i == SHOWN) h.raw("<details><summary>").text("and " + (steps.size() - SHOWN) + " more").raw("</summary>");
                else if (i > 0) h.raw(", ");
                String key = steps.get(i);
                h.raw("<a href=\"#").raw(anchors.getOrDefault(key, "warnings")).raw("\">").text(key.substring(0, key.lastIndexOf('#')))
                        .raw("</a>");
            }
            if (steps.size() > SHOWN) h.raw("</details>");
            h.raw("</td></tr>\n");
        });
        h.raw("</table>\n");
    }

    /** The scenario once for all its rows, linked to its first step in full. */
    private static void scenarioCell(Html h, DifferenceReport d, int rows, String anchor) {
        h.raw("<td class=\"id\"").raw(rows > 1 ? " rowspan=\"" + rows + "\"" : "").raw(">");
        if (anchor != null) h.raw("<a href=\"#").raw(anchor).raw("\">").text(d.scenario()).raw("</a>");
        else h.text(d.scenario());
        h.el("small", null, "severity " + Format.lower(d.severity()));
        h.raw("</td>");
    }

    static Set<String> scenarios(List<DifferenceReport> ds) {
        Set<String> out = new LinkedHashSet<>();
        ds.forEach(d -> out.add(d.scenario()));
        return out;
    }

    /** A value as the tables show it: "(absent)" for none, a long one cut (the section in full has it whole). */
    static String show(String v) {
        if (v == null) return "(absent)";
        return v.length() > LONG ? v.substring(0, LONG - 1) + "…" : v;
    }
}
