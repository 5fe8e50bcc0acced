package dev.cutover.report;

import dev.cutover.report.CompareReport.DifferenceReport;
import dev.cutover.report.CompareReport.FeatureRow;
import dev.cutover.report.CompareReport.SideReport;
import dev.cutover.report.HtmlPage.Card;
import dev.cutover.run.Coverage;
import dev.cutover.run.Status;
import dev.cutover.verdict.ComparisonResult;
import dev.cutover.wire.Redactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * index.html of a compare, in the frame of {@link HtmlPage}: a badge for each stand-in side, the verdict in large type
 * with cards (blocking, warnings, improvements, notes, coverage), what else weighs on it, the blocking differences and
 * the warnings as tables, then the sides, features × (baseline, candidate), every difference in full with both
 * responses side by side, noise, waivers and every scenario's three runs.
 */
final class CompareHtml {
    /** Reasons the cards, the badges and the two tables already say; the others are listed under the verdict. */
    private static final Pattern SHOWN_ELSEWHERE = Pattern.compile("^(\\d+ blocking differences? in |warning in \\d+ scenarios?: "
            + "|the (baseline|candidate) is cutover's stand-in for |\\d+ scenarios? improved: |\\d+ cosmetic differences? )");

    private CompareHtml() {}

    static String render(CompareReport r, ComparisonResult result, Redactor redactor) {
        Html h = new Html();
        header(h, r);
        hero(h, r, result.decision().coverage(), result.plan().minCoverage());
        List<String> others = r.reasons().stream().filter(x -> !SHOWN_ELSEWHERE.matcher(x).find()).toList();
        if (!others.isEmpty()) {
            h.raw("<h3>Also weighing on the verdict</h3>\n<ul class=\"reasons\">\n");
            others.forEach(x -> h.el("li", null, x).raw("\n"));
            h.raw("</ul>\n");
        }
        Map<String, String> anchors = CompareDetails.anchors(r.differences());
        CompareTables.blocking(h, r.differences(), anchors);
        CompareTables.warnings(h, r.differences(), anchors);
        sides(h, r);
        features(h, r.features());
        new CompareDetails(h, result.runs(), redactor).render(r.differences(), anchors);
        noise(h, r);
        waivers(h, r);
        scenarios(h, r);
        h.raw("<h2 id=\"reasons\">The verdict's reasons as text</h2>\n");
        h.el("p", "muted", "As the console and report.md give them.").raw("\n<details><summary>")
                .text(Format.count(r.reasons().size(), "reason")).raw("</summary>\n<ul class=\"reasons\">\n");
        r.reasons().forEach(x -> h.el("li", null, x).raw("\n"));
        h.raw("</ul>\n</details>\n");
        return h.raw(HtmlPage.end()).toString();
    }

    private static void header(Html h, CompareReport r) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Baseline", side(r.baseline()));
        meta.put("Candidate", side(r.candidate()));
        meta.put("Plan", (r.plan().file() == null ? "(command line)" : r.plan().file()) + " — " + r.plan().selection());
        meta.put("Started", r.startedAt());
        meta.put("Duration", Format.duration(r.durationMs()));
        List<HtmlPage.StandIn> standIns = new ArrayList<>();
        for (SideReport s : List.of(r.baseline(), r.candidate())) {
            if (s.standInFor() != null) standIns.add(new HtmlPage.StandIn(s.role(), s.target(), s.standInFor()));
        }
        h.raw(HtmlPage.head("cutover compare — " + r.plan().name()))
                .raw(HtmlPage.header("cutover compare", r.plan().name() + ": " + r.baseline().target() + " → " + r.candidate().target(),
                        standIns, meta));
    }

    private static String side(SideReport s) {
        return s.target() + " (" + (s.standInFor() == null ? s.gateway() : "stand-in for " + HtmlPage.gatewayName(s.standInFor()))
                + ", upstream " + s.upstream() + ")";
    }

    private static void hero(Html h, CompareReport r, Coverage coverage, double minCoverage) {
        List<DifferenceReport> ds = r.differences();
        List<DifferenceReport> blocking = counted(ds, "BLOCKING");
        List<DifferenceReport> warnings = counted(ds, "WARNING");
        List<DifferenceReport> better = counted(ds, "IMPROVEMENT");
        List<Card> cards = new ArrayList<>();
        cards.add(Card.of(blocking.size(), "blocking", blocking.isEmpty() ? "good" : "bad")
                .note("in " + Format.count(CompareTables.scenarios(blocking).size(), "scenario")).link("#blocking"));
        cards.add(Card.of(warnings.size(), "warnings", warnings.isEmpty() ? "plain" : "warn")
                .note("in " + Format.count(CompareTables.scenarios(warnings).size(), "scenario")).link("#warnings"));
        cards.add(Card.of(CompareTables.scenarios(better).size(), "improvements", better.isEmpty() ? "plain" : "good")
                .note("scenarios the candidate now passes").link("#full-improvement"));
        cards.add(Card.of(counted(ds, "NOTE").size(), "notes", "plain").note("cosmetic or waived; not counted").link("#full-note"));
        cards.add(Card.of(Format.percent(coverage.share()), "coverage", coverage.below(minCoverage) ? "warn" : "plain")
                .note(coverage.ran() + " of " + coverage.applicable() + " applicable ran on both sides").link("#scenarios"));
        String detail = switch (r.verdict()) {
            case "GO" -> "Nothing blocks moving traffic from " + r.baseline().target() + " to " + r.candidate().target() + ".";
            case "GO_WITH_WARNINGS" -> "Nothing blocks; " + Format.count(warnings.size(), "warning") + " to read first.";
            case "INCONCLUSIVE" -> "Nothing blocks, but too little was compared to say GO.";
            default -> Format.count(blocking.size(), "blocking difference") + " in "
                    + Format.count(CompareTables.scenarios(blocking).size(), "scenario") + ".";
        };
        String tone = switch (r.verdict()) { case "GO" -> "good"; case "NO_GO" -> "bad"; default -> "warn"; };
        h.raw(HtmlPage.hero(r.verdictLabel(), tone, detail, cards));
    }

    private static List<DifferenceReport> counted(List<DifferenceReport> ds, String impact) {
        return ds.stream().filter(d -> d.counted().equals(impact)).toList();
    }

    private static void sides(Html h, CompareReport r) {
        h.raw("<h2 id=\"sides\">The two sides</h2>\n<table>\n<tr><th></th><th>Target</th><th>Gateway</th><th>Stand-in for</th>"
                + "<th>Upstream</th><th>Base URL</th><th>Profile</th></tr>\n");
        for (SideReport s : List.of(r.baseline(), r.candidate())) {
            h.raw("<tr>").el("th", null, s.role()).el("td", null, s.target()).el("td", null, s.gateway())
                    .el("td", s.standInFor() == null ? null : "KNOWN_DIFFERENCE",
                            s.standInFor() == null ? "— (real)" : HtmlPage.gatewayName(s.standInFor()) + " (documented behaviour)")
                    .el("td", null, s.upstream()).el("td", null, s.baseUrl()).el("td", null, s.file()).raw("</tr>\n");
        }
        h.raw("</table>\n");
        var t = r.totals();
        h.el("p", "muted", "Plan " + (r.plan().file() == null ? "(command line)" : r.plan().file()) + "; " + r.plan().selection()
                + "; " + t.compared() + " of " + t.scenarios() + " scenarios ran on both sides (" + t.stepsCompared()
                + " steps compared); the baseline ran twice to learn its noise.").raw("\n");
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
        h.raw("<h2 id=\"scenarios\">Every scenario (").text(r.scenarios().size()).raw(")</h2>\n<table class=\"wide\">\n<tr><th>Scenario</th>")
                .raw("<th>Area</th><th>Baseline</th><th>Baseline again</th><th>Candidate</th><th class=\"num\">Differences</th></tr>\n");
        r.scenarios().forEach(s -> h.raw("<tr>").el("td", "id", s.id()).el("td", null, s.area())
                .el("td", s.baseline().name(), Format.label(s.baseline())).el("td", s.baselineAgain().name(), Format.label(s.baselineAgain()))
                .el("td", s.candidate().name(), Format.label(s.candidate()) + (s.candidateReason() == null ? "" : " — " + Format.firstLine(s.candidateReason())))
                .el("td", "num", s.differences()).raw("</tr>\n"));
        h.raw("</table>\n");
    }
}
