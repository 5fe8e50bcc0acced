package dev.cutover.report;

import static dev.cutover.report.JunitReport.attr;
import static dev.cutover.report.JunitReport.text;

import dev.cutover.report.CompareReport.DifferenceReport;
import dev.cutover.report.CompareReport.ScenarioRow;
import java.util.List;

/**
 * junit.xml of a compare, for CI: a "verdict" test that fails on NO-GO; per scenario, one test that passes
 * when both sides behave alike (skipped when it ran on one side only), and one test per difference —
 * failed when it blocks, passed with its text when it only warns or is noted.
 */
final class CompareJunit {
    private CompareJunit() {}

    static String render(CompareReport r) {
        StringBuilder cases = new StringBuilder();
        int tests = 1;
        int failures = 0;
        int skipped = 0;
        boolean noGo = r.verdict().equals("NO_GO");
        cases.append("    <testcase name=\"verdict: ").append(attr(r.verdictLabel())).append("\" classname=\"cutover.compare\"");
        if (noGo) {
            failures++;
            cases.append(">\n      <failure message=\"NO-GO\" type=\"NO_GO\">").append(text(String.join("\n", r.reasons())))
                    .append("</failure>\n    </testcase>\n");
        } else {
            cases.append(">\n      <system-out>").append(text(String.join("\n", r.reasons()))).append("</system-out>\n    </testcase>\n");
        }
        for (ScenarioRow s : r.scenarios()) {
            List<DifferenceReport> ds = r.differences().stream().filter(d -> d.scenario().equals(s.id())).toList();
            if (ds.isEmpty()) {
                tests++;
                cases.append("    <testcase name=\"").append(attr(s.id() + " — same on both sides")).append("\" classname=\"")
                        .append(attr("cutover.compare." + s.area())).append('"');
                if (!CompareModel.ran(s.baseline()) || !CompareModel.ran(s.candidate())) {
                    skipped++;
                    cases.append(">\n      <skipped message=\"").append(attr("not compared: baseline " + s.baseline()
                            + ", candidate " + s.candidate())).append("\"/>\n    </testcase>\n");
                } else {
                    cases.append("/>\n");
                }
            }
            for (DifferenceReport d : ds) {
                tests++;
                cases.append("    <testcase name=\"").append(attr(s.id() + (d.step() < 0 ? "" : " step " + d.stepName()) + " " + d.path()))
                        .append("\" classname=\"").append(attr("cutover.compare." + s.area())).append("\">\n");
                String detail = d.diffClass().toLowerCase() + " (" + d.why() + "): baseline " + show(d.baseline())
                        + ", candidate " + show(d.candidate()) + (d.waiver() == null ? "" : "; waived: " + d.waiver());
                if (d.counted().equals("BLOCKING")) {
                    failures++;
                    cases.append("      <failure message=\"").append(attr(d.path() + ": " + show(d.baseline()) + " → " + show(d.candidate())))
                            .append("\" type=\"BLOCKING\">").append(text(detail)).append("</failure>\n");
                } else {
                    cases.append("      <system-out>").append(text(d.counted().toLowerCase() + ": " + detail)).append("</system-out>\n");
                }
                cases.append("    </testcase>\n");
            }
        }
        String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped + "\"";
        String name = attr("cutover compare " + r.plan().name());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"" + name + "\"" + counts + ">\n  <testsuite name=\""
                + name + "\"" + counts + " timestamp=\"" + attr(r.startedAt()) + "\">\n" + cases + "  </testsuite>\n</testsuites>\n";
    }

    private static String show(String v) {
        return v == null ? "absent" : v;
    }
}
