package dev.cutover.report;

import dev.cutover.report.CompareReport.DifferenceReport;
import dev.cutover.report.CompareReport.ScenarioRow;
import java.util.ArrayList;
import java.util.List;

/**
 * junit.xml of a compare, for CI: a "verdict" test that fails on NO-GO; per scenario, one test that passes
 * when both sides behave alike (skipped when it ran on one side only), and one test per difference —
 * failed when it blocks, passed with its text when it only warns or is noted.
 */
final class CompareJunit {
    private CompareJunit() {}

    /** The counts head the file, so the test cases are gathered first and written after them. */
    private record Case(String name, String classname, String kind, String message, String type, String text) {}

    static String render(CompareReport r) {
        List<Case> cases = new ArrayList<>();
        // A gate fails on NO-GO and on INCONCLUSIVE alike: neither lets the traffic move.
        boolean noGo = r.verdict().equals("NO_GO") || r.verdict().equals("INCONCLUSIVE");
        String reasons = String.join("\n", r.reasons());
        cases.add(noGo ? new Case("verdict: " + r.verdictLabel(), "cutover.compare", "failure", r.verdictLabel(), r.verdict(), reasons)
                : new Case("verdict: " + r.verdictLabel(), "cutover.compare", "system-out", null, null, reasons));
        for (ScenarioRow s : r.scenarios()) {
            List<DifferenceReport> ds = r.differences().stream().filter(d -> d.scenario().equals(s.id())).toList();
            String classname = "cutover.compare." + s.area();
            if (ds.isEmpty()) {
                boolean compared = CompareModel.ran(s.baseline()) && CompareModel.ran(s.candidate());
                cases.add(new Case(s.id() + " — same on both sides", classname, compared ? null : "skipped",
                        compared ? null : "not compared: baseline " + s.baseline() + ", candidate " + s.candidate(), null, null));
            }
            for (DifferenceReport d : ds) {
                String name = s.id() + (d.step() < 0 ? "" : " step " + d.stepName()) + " " + d.path();
                String detail = d.diffClass().toLowerCase() + " (" + d.why() + "): baseline " + show(d.baseline())
                        + ", candidate " + show(d.candidate()) + (d.waiver() == null ? "" : "; waived: " + d.waiver());
                cases.add(d.counted().equals("BLOCKING")
                        ? new Case(name, classname, "failure", d.path() + ": " + show(d.baseline()) + " → " + show(d.candidate()),
                                "BLOCKING", detail)
                        : new Case(name, classname, "system-out", null, null, d.counted().toLowerCase() + ": " + detail));
            }
        }
        String name = "cutover compare " + r.plan().name();
        String tests = String.valueOf(cases.size());
        String failures = String.valueOf(cases.stream().filter(c -> "failure".equals(c.kind())).count());
        String skipped = String.valueOf(cases.stream().filter(c -> "skipped".equals(c.kind())).count());
        JunitXml x = new JunitXml();
        x.open(0, "testsuites", "name", name, "tests", tests, "failures", failures, "errors", "0", "skipped", skipped);
        x.open(1, "testsuite", "name", name, "tests", tests, "failures", failures, "errors", "0", "skipped", skipped,
                "timestamp", r.startedAt() == null ? "" : r.startedAt());
        cases.forEach(c -> testcase(x, c));
        return x.close(1).close(0).finish();
    }

    private static void testcase(JunitXml x, Case c) {
        if (c.kind() == null) {
            x.empty(2, "testcase", "name", c.name(), "classname", c.classname());
            return;
        }
        x.open(2, "testcase", "name", c.name(), "classname", c.classname());
        switch (c.kind()) {
            case "skipped" -> x.empty(3, "skipped", "message", c.message());
            case "failure" -> x.leaf(3, "failure", c.text(), "message", c.message(), "type", c.type());
            default -> x.leaf(3, "system-out", c.text());
        }
        x.close(2);
    }

    private static String show(String v) {
        return v == null ? "absent" : v;
    }
}
