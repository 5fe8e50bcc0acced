package dev.cutover.report;

import static dev.cutover.report.MarkdownReport.cell;
import static dev.cutover.report.MarkdownReport.code;

import dev.cutover.report.CompareReport.DifferenceReport;
import dev.cutover.report.CompareReport.SideReport;
import java.util.Comparator;
import java.util.List;

/** report.md of a compare: verdict, reasons, counts and the differences that count — a pull-request comment. */
final class CompareMarkdown {
    /** A comment lists at most this many differences; index.html has them all. */
    static final int LISTED = 15;

    private CompareMarkdown() {}

    static String render(CompareReport r) {
        StringBuilder md = new StringBuilder();
        String icon = switch (r.verdict()) {
            case "GO" -> "✅";
            case "GO_WITH_WARNINGS" -> "⚠️";
            case "INCONCLUSIVE" -> "❔";
            default -> "❌";
        };
        md.append(icon).append(" **").append(r.verdictLabel()).append("** — `").append(code(r.plan().name())).append("`: ")
                .append(side(r.baseline())).append(" → ").append(side(r.candidate())).append(", ")
                .append(r.totals().compared()).append(" of ").append(r.totals().scenarios()).append(" scenarios compared in ")
                .append(Format.duration(r.durationMs())).append("\n\n");
        md.append("**Coverage:** ").append(cell(r.coverage())).append("\n\n");
        for (SideReport s : List.of(r.baseline(), r.candidate())) {
            if (s.standInFor() != null) md.append("> **Stand-in:** the ").append(s.role()).append(" `").append(code(s.target()))
                    .append("` imitates ").append(cell(s.standInFor())).append("; it is not the real gateway.\n\n");
        }
        r.reasons().forEach(reason -> md.append("- ").append(cell(reason)).append('\n'));
        md.append("\n| blocking | warnings | notes | waived | dropped as noise |\n|---:|---:|---:|---:|---:|\n| ")
                .append(r.totals().blocking()).append(" | ").append(r.totals().warnings()).append(" | ")
                .append(r.totals().notes()).append(" | ").append(r.totals().waived()).append(" | ")
                .append(r.totals().noiseDropped()).append(" |\n");
        // Blocking first ("BLOCKING" sorts before "WARNING"); the sort is stable, so catalog order stays within each.
        List<DifferenceReport> counted = r.differences().stream().filter(d -> !d.counted().equals("NOTE"))
                .sorted(Comparator.comparing(DifferenceReport::counted)).toList();
        if (!counted.isEmpty()) {
            md.append("\n| impact | scenario | field | baseline → candidate |\n|---|---|---|---|\n");
            counted.stream().limit(LISTED).forEach(d -> md.append("| ").append(d.counted().toLowerCase()).append(" | `")
                    .append(code(d.scenario())).append("` | `").append(code(d.path())).append("` | ")
                    .append(cell(brief(d.baseline()))).append(" → ").append(cell(brief(d.candidate()))).append(" |\n"));
            if (counted.size() > LISTED) md.append("\n… and ").append(counted.size() - LISTED).append(" more in index.html.\n");
        }
        md.append("\nFull report: `index.html` (both responses side by side); machine-readable: `report.json`.\n");
        return md.toString();
    }

    private static String side(SideReport s) {
        return "`" + code(s.target()) + "`" + (s.standInFor() != null ? " (stand-in for " + cell(s.standInFor()) + ")" : "");
    }

    private static String brief(String v) {
        if (v == null) return "absent";
        return v.length() > 60 ? v.substring(0, 57) + "…" : v;
    }
}
