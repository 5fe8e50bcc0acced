package dev.cutover.report;

import dev.cutover.report.HtmlPage.Card;
import dev.cutover.run.Status;
import dev.cutover.target.Target;
import dev.cutover.wire.Redactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * index.html for a platform engineer, in the frame of {@link HtmlPage}: the verdict in large type with a card per
 * outcome and the coverage, a stand-in badge when the target only imitates a gateway, the SDKs in one strip, then
 * every outcome in one table with failures first, each failure in full (request beside response), and the counts
 * by feature and by level.
 */
final class HtmlReport {
    private HtmlReport() {}

    static String render(RunReport r, Redactor redactor) {
        Html h = new Html();
        h.raw(HtmlPage.head("cutover — " + r.target().name()));
        header(h, r);
        hero(h, r);
        coverage(h, r.coverage());
        HtmlSdks.strip(h, r.sdks());
        List<OutcomeReport> outcomes = r.outcomes();
        HtmlOutcomes.table(h, outcomes);
        long problems = outcomes.stream().filter(OutcomeReport::failedOrErrored).count();
        if (problems > 0) {
            h.raw("<h2 id=\"failures\">Failures and errors in full (").text(problems).raw(")</h2>\n");
            HtmlFailures failures = new HtmlFailures(h, redactor);
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i).failedOrErrored()) failures.section(outcomes.get(i), Html.anchor(i));
            }
        }
        h.raw("<h2 id=\"breakdown\">By feature and by level</h2>\n<div class=\"grid2\"><div>");
        countsTable(h, "By feature", "Feature", r.features(), UnaryOperator.identity());
        h.raw("</div><div>");
        countsTable(h, "By level", "Level", r.levels(), Format::lower);
        h.raw("</div></div>\n");
        HtmlSdks.summary(h, r.sdks());
        return h.raw(HtmlPage.end()).toString();
    }

    private static void header(Html h, RunReport r) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Target", r.target().name());
        String imitated = Target.standInOf(r.target().gateway());
        meta.put("Gateway", imitated == null ? r.target().gateway() : "stand-in for " + HtmlPage.gatewayName(imitated));
        meta.put("Base URL", r.target().baseUrl());
        meta.put("Started", r.startedAt());
        meta.put("Duration", Format.duration(r.durationMs()));
        List<HtmlPage.StandIn> standIns = imitated == null ? List.of()
                : List.of(new HtmlPage.StandIn("target", r.target().name(), imitated));
        h.raw(HtmlPage.header("cutover run", r.target().name(), standIns, meta));
    }

    /** The verdict and a card per outcome, with the coverage beside them: a pass that ran little proves little. */
    private static void hero(Html h, RunReport r) {
        List<Card> cards = new ArrayList<>();
        int failed = r.count(Status.FAILED);
        int errors = r.count(Status.ERROR);
        cards.add(Card.of(r.count(Status.PASSED), "passed", "good").link("#outcomes"));
        cards.add(Card.of(failed, "failed", failed > 0 ? "bad" : "plain").link(failed > 0 ? "#failures" : "#outcomes"));
        cards.add(Card.of(r.count(Status.KNOWN_DIFFERENCE), "known differences", r.count(Status.KNOWN_DIFFERENCE) > 0 ? "info" : "plain")
                .note("listed beside the profile").link("#outcomes"));
        cards.add(Card.of(r.count(Status.NOT_SUPPORTED), "not supported", "plain").note("features not claimed").link("#outcomes"));
        cards.add(Card.of(errors, "errors", errors > 0 ? "warn" : "plain").link(errors > 0 ? "#failures" : "#outcomes"));
        RunReport.CoverageReport c = r.coverage();
        cards.add(Card.of(Format.percent(c.share()), "coverage", c.share() < 0.8 ? "warn" : c.ran() == c.applicable() ? "good" : "plain")
                .note(c.ran() + " of " + Format.count(c.applicable(), "applicable scenario") + " ran")
                .link(c.notRun().isEmpty() ? "#outcomes" : "#coverage"));
        h.raw(HtmlPage.hero(r.allPassed() ? "PASS" : "FAIL", r.allPassed() ? "good" : "bad", Format.verdictDetail(r), cards));
    }

    /** What should have run and did not is the first thing to doubt: listed under the cards. */
    private static void coverage(Html h, RunReport.CoverageReport c) {
        if (c.share() < 0.8) h.el("p", "strip FAILED", "Coverage " + c.summary() + ": less than 80 %, a pass proves little").raw("\n");
        if (c.notRun().isEmpty()) return;
        h.raw("<details id=\"coverage\"><summary>").text(Format.count(c.notRun().size(), "applicable scenario") + " did not run")
                .raw("</summary><ul>");
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
        h.raw("<table class=\"figures\">\n<tr>").el("th", null, column);
        for (Status s : Status.values()) h.el("th", null, Format.label(s));
        h.raw("</tr>\n");
        rows.forEach((name, counts) -> {
            h.raw("<tr>").el("td", null, label.apply(name));
            for (Status s : Status.values()) {
                int n = counts.getOrDefault(s, 0);
                h.el("td", n > 0 ? "num " + s.name() : "num muted", n);
            }
            h.raw("</tr>\n");
        });
        h.raw("</table>\n");
    }
}
