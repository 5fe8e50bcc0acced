package dev.cutover.report;

import dev.cutover.report.StepReport.CheckReport;
import dev.cutover.run.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * junit.xml in the common Ant/Surefire shape CI servers read: one testsuite per area (in catalog order),
 * one testcase per scenario; NOT_SUPPORTED is skipped, not failed, so it never turns a build red.
 */
final class JunitReport {
    private JunitReport() {}

    static String render(RunReport r) {
        Map<String, List<OutcomeReport>> byArea = new LinkedHashMap<>();
        r.outcomes().forEach(o -> byArea.computeIfAbsent(o.area(), k -> new ArrayList<>()).add(o));
        JunitXml x = new JunitXml();
        x.open(0, "testsuites", counts("name", "cutover " + r.target().name(), r.outcomes(), seconds(r.durationMs()), null));
        byArea.forEach((area, outcomes) -> {
            double ms = outcomes.stream().mapToDouble(OutcomeReport::durationMs).sum();
            x.open(1, "testsuite", counts("name", area, outcomes, seconds(ms), r.startedAt()));
            outcomes.forEach(o -> testcase(x, o));
            x.close(1);
        });
        return x.close(0).finish();
    }

    /** name, tests, failures, errors, skipped, time and (for a suite) timestamp, in the order CI servers write them. */
    private static String[] counts(String key, String name, List<OutcomeReport> outcomes, String time, String timestamp) {
        return new String[] {key, name, "tests", String.valueOf(outcomes.size()),
                "failures", String.valueOf(count(outcomes, Status.FAILED)), "errors", String.valueOf(count(outcomes, Status.ERROR)),
                "skipped", String.valueOf(count(outcomes, Status.NOT_SUPPORTED)), "time", time, "timestamp", timestamp};
    }

    private static long count(List<OutcomeReport> outcomes, Status s) {
        return outcomes.stream().filter(o -> o.status() == s).count();
    }

    private static void testcase(JunitXml x, OutcomeReport o) {
        String[] test = {"name", o.id() + " — " + o.title(), "classname", "cutover." + o.area(), "time", seconds(o.durationMs())};
        String reason = o.reason() == null ? "" : o.reason();
        if (o.status() == Status.PASSED) {
            x.empty(2, "testcase", test);
            return;
        }
        x.open(2, "testcase", test);
        switch (o.status()) {
            case KNOWN_DIFFERENCE -> x.leaf(3, "system-out", "known difference: " + reason);
            case NOT_SUPPORTED -> x.empty(3, "skipped", "message", reason);
            case FAILED -> x.leaf(3, "failure", failedChecks(o), "message", reason, "type", "FAILED");
            case ERROR -> x.leaf(3, "error", errorDetail(o), "message", reason, "type", "ERROR");
            default -> throw new IllegalStateException(o.status().name());
        }
        x.close(2);
    }

    /** One block per failed check: which step, the expectation, then each problem indented. */
    private static String failedChecks(OutcomeReport o) {
        StringBuilder b = new StringBuilder();
        for (StepReport s : o.steps()) {
            for (CheckReport c : s.failedChecks()) {
                b.append("step ").append(s.name()).append(": ").append(c.expectation()).append('\n');
                c.problems().forEach(p -> b.append("  - ").append(p).append('\n'));
            }
            if (s.transportError() != null) b.append("step ").append(s.name()).append(": transport error: ")
                    .append(s.transportError()).append('\n');
        }
        return b.isEmpty() ? (o.reason() == null ? "" : o.reason()) : b.toString();
    }

    private static String errorDetail(OutcomeReport o) {
        StringBuilder b = new StringBuilder(o.reason() == null ? "" : o.reason());
        if (o.file() != null) b.append("\nfile: ").append(o.file());
        return b.toString();
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000);
    }
}
