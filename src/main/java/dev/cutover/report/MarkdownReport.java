package dev.cutover.report;

import dev.cutover.run.Status;
import dev.cutover.target.Target;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** report.md: short enough for a pull-request comment; the details live in index.html. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(RunReport r) {
        StringBuilder md = new StringBuilder();
        md.append(r.allPassed() ? "✅ " : "❌ ").append("**").append(cell(Format.verdict(r))).append("** against `")
                .append(code(r.target().name())).append('`');
        if (r.target().gateway() != null) md.append(" (").append(cell(r.target().gateway())).append(')');
        md.append(" in ").append(Format.duration(r.durationMs())).append("\n\n");
        String imitated = Target.standInOf(r.target().gateway());
        if (imitated != null) {
            // The same words as the compare's report.md: a pass against an imitation proves the imitation.
            md.append("> **Stand-in:** `").append(code(r.target().name())).append("` imitates ").append(cell(imitated))
                    .append("; it is not the real gateway.\n\n");
        }
        md.append("**Coverage:** ").append(cell(r.coverage().summary())).append("\n\n");

        md.append("| Status | Count |\n|---|---:|\n");
        for (Status s : Status.values()) md.append("| ").append(Format.label(s)).append(" | ").append(r.count(s)).append(" |\n");

        if (!r.features().isEmpty()) {
            md.append("\n| Feature | passed | failed | not supported | error |\n|---|---:|---:|---:|---:|\n");
            r.features().forEach((f, c) -> md.append("| ").append(cell(f)).append(" | ").append(c.get(Status.PASSED))
                    .append(" | ").append(c.get(Status.FAILED)).append(" | ").append(c.get(Status.NOT_SUPPORTED))
                    .append(" | ").append(c.get(Status.ERROR)).append(" |\n"));
        }

        sdks(md, r.sdks());

        List<OutcomeReport> problems = r.outcomes().stream().filter(OutcomeReport::failedOrErrored).toList();
        if (!problems.isEmpty()) {
            md.append("\n### Failures\n\n");
            for (OutcomeReport o : problems) {
                md.append("- ").append(o.status() == Status.ERROR ? "**error** " : "").append('`').append(code(o.id()))
                        .append("` — ").append(cell(Format.firstLine(o.reason()))).append('\n');
            }
        }

        int notSupported = r.count(Status.NOT_SUPPORTED);
        if (notSupported > 0) {
            md.append("\n### Not supported: ").append(notSupported).append("\n\n");
            // Grouped by reason: many scenarios usually share one ("target does not claim feature X").
            Map<String, List<String>> byReason = r.outcomes().stream()
                    .filter(o -> o.status() == Status.NOT_SUPPORTED)
                    .collect(Collectors.groupingBy(o -> Format.firstLine(o.reason()), TreeMap::new,
                            Collectors.mapping(OutcomeReport::id, Collectors.toList())));
            byReason.forEach((reason, ids) -> md.append("- ").append(ids.size()).append(" × ")
                    .append(reason.isEmpty() ? "(no reason given)" : cell(reason)).append(" (")
                    .append(ids.stream().map(id -> "`" + code(id) + "`").collect(Collectors.joining(", "))).append(")\n"));
        }
        md.append("\nFull report: `index.html`; machine-readable: `report.json`.\n");
        return md.toString();
    }

    /** Per SDK its counts, and the steps where SDKs and checks disagree (they weigh in no outcome). */
    private static void sdks(StringBuilder md, SdkSummary s) {
        if (s.isEmpty()) return;
        md.append("\n| SDK | version | parsed | raised | n/a | unavailable |\n|---|---|---:|---:|---:|---:|\n");
        s.bySdk().forEach((sdk, c) -> md.append("| ").append(cell(sdk)).append(" | ").append(cell(c.version())).append(" | ")
                .append(c.parsed()).append(" | ").append(c.raised()).append(" | ").append(c.notApplicable()).append(" | ")
                .append(c.unavailable()).append(" |\n"));
        md.append("\nSpec deviations (a check fails, every SDK parses): ").append(s.specDeviations().size())
                .append("; client-breaking (a 2xx an SDK raises on): ").append(s.clientBreaking().size()).append('\n');
        for (SdkSummary.Finding f : s.clientBreaking()) {
            md.append("- client-breaking `").append(code(f.scenario())).append("` — ").append(cell(f.sdks())).append('\n');
        }
    }

    /**
     * Text safe in a table cell or list item: one line, pipes escaped, and angle brackets as entities
     * because pull-request comments render inline HTML.
     */
    static String cell(String s) {
        if (s == null) return "";
        return s.replaceAll("[\\r\\n\\t]", " ").replaceAll("\\p{Cntrl}", "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("|", "\\|").replace("`", "'");
    }

    /** Inside backticks nothing is interpreted, so only a backtick (which would end the span) and line breaks matter. */
    static String code(String s) {
        return s == null ? "" : s.replace("`", "'").replaceAll("[\\r\\n\\t]", " ").replaceAll("\\p{Cntrl}", "");
    }
}
