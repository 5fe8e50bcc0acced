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
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites name=\"").append(attr("cutover " + r.target().name())).append('"');
        counts(x, r.outcomes());
        x.append(" time=\"").append(seconds(r.durationMs())).append("\">\n");
        byArea.forEach((area, outcomes) -> {
            double ms = outcomes.stream().mapToDouble(OutcomeReport::durationMs).sum();
            x.append("  <testsuite name=\"").append(attr(area)).append('"');
            counts(x, outcomes);
            x.append(" time=\"").append(seconds(ms)).append('"');
            if (r.startedAt() != null) x.append(" timestamp=\"").append(attr(r.startedAt())).append('"');
            x.append(">\n");
            outcomes.forEach(o -> testcase(x, o));
            x.append("  </testsuite>\n");
        });
        return x.append("</testsuites>\n").toString();
    }

    private static void counts(StringBuilder x, List<OutcomeReport> outcomes) {
        x.append(" tests=\"").append(outcomes.size()).append('"')
                .append(" failures=\"").append(count(outcomes, Status.FAILED)).append('"')
                .append(" errors=\"").append(count(outcomes, Status.ERROR)).append('"')
                .append(" skipped=\"").append(count(outcomes, Status.NOT_SUPPORTED)).append('"');
    }

    private static long count(List<OutcomeReport> outcomes, Status s) {
        return outcomes.stream().filter(o -> o.status() == s).count();
    }

    private static void testcase(StringBuilder x, OutcomeReport o) {
        x.append("    <testcase name=\"").append(attr(o.id() + " — " + o.title())).append("\" classname=\"")
                .append(attr("cutover." + o.area())).append("\" time=\"").append(seconds(o.durationMs())).append('"');
        String reason = o.reason() == null ? "" : o.reason();
        switch (o.status()) {
            case PASSED -> x.append("/>\n");
            case KNOWN_DIFFERENCE -> x.append(">\n      <system-out>").append(text("known difference: " + reason))
                    .append("</system-out>\n    </testcase>\n");
            case NOT_SUPPORTED -> x.append(">\n      <skipped message=\"").append(attr(reason)).append("\"/>\n    </testcase>\n");
            case FAILED -> x.append(">\n      <failure message=\"").append(attr(reason)).append("\" type=\"FAILED\">")
                    .append(text(failedChecks(o))).append("</failure>\n    </testcase>\n");
            case ERROR -> x.append(">\n      <error message=\"").append(attr(reason)).append("\" type=\"ERROR\">")
                    .append(text(errorDetail(o))).append("</error>\n    </testcase>\n");
        }
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

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    /** Escaped for XML 1.0, dropping the characters it cannot hold at all (most control characters, lone surrogates). */
    static String text(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!legal(cp)) continue;
            switch (cp) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
