package dev.cutover.report;

import dev.cutover.run.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The run report's table of every outcome, grouped by status with failures first (then errors, known differences,
 * not supported, passed; catalog order within each): the id on one line, the reason where there is one with the
 * scenario's title under it, the time and the SDKs' word on it.
 */
final class HtmlOutcomes {
    /** The order a reader wants: what broke, what is known to differ, what did not run, what passed. */
    static final List<Status> ORDER = List.of(Status.FAILED, Status.ERROR, Status.KNOWN_DIFFERENCE, Status.NOT_SUPPORTED,
            Status.PASSED);

    private HtmlOutcomes() {}

    static void table(Html h, List<OutcomeReport> outcomes) {
        h.raw("<h2 id=\"outcomes\">Every scenario (").text(outcomes.size()).raw("), failures first</h2>\n");
        if (outcomes.isEmpty()) {
            h.el("p", "muted", "No scenario ran.").raw("\n");
            return;
        }
        h.raw("<table class=\"wide outcomes\">\n<tr><th>Scenario</th><th>Status</th><th>Reason · what it checks</th><th>Area</th>"
                + "<th class=\"num\">Time</th><th>SDKs</th></tr>\n");
        for (Status status : ORDER) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) if (outcomes.get(i).status() == status) rows.add(i);
            if (rows.isEmpty()) continue;
            h.raw("<tr class=\"group\" id=\"status-").raw(status.name().toLowerCase().replace('_', '-')).raw("\"><th colspan=\"6\">")
                    .el("span", "status " + status.name(), Format.label(status)).raw("<small>")
                    .text(Format.count(rows.size(), "scenario")).raw("</small></th></tr>\n");
            for (int i : rows) row(h, outcomes.get(i), i);
        }
        h.raw("</table>\n");
    }

    private static void row(Html h, OutcomeReport o, int index) {
        h.raw("<tr><td class=\"id\">");
        if (o.failedOrErrored()) h.raw("<a href=\"#").raw(Html.anchor(index)).raw("\">").text(o.id()).raw("</a>");
        else h.text(o.id());
        h.raw("</td><td><span class=\"status ").raw(o.status().name()).raw("\">").text(Format.label(o.status()))
                .raw("</span></td><td class=\"text\">");
        // The reason where there is one; the title always, so that no row is blank.
        if (o.reason() != null && !o.reason().isBlank()) h.text(withoutFile(o.reason(), o.file()));
        if (!o.title().equals(o.id())) h.el("small", null, o.title());
        h.raw("</td>");
        h.el("td", "nowrap", o.area()).el("td", "num", Format.duration(o.durationMs()));
        HtmlSdks.cell(h, o);
        h.raw("</tr>\n");
    }

    /** "scenarios/x.yaml:18: status …" reads "line 18: status …" beside the scenario's id. */
    static String withoutFile(String reason, String file) {
        return file != null && reason.startsWith(file + ":") ? "line " + reason.substring(file.length() + 1) : reason;
    }
}
