package dev.cutover.report;

import dev.cutover.verdict.ComparisonResult;
import dev.cutover.wire.Json;
import dev.cutover.wire.Redactor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the reports of one compare: index.html, report.json, report.md and junit.xml, all or nothing. */
public final class CompareReports {

    private CompareReports() {}

    /** reports/<yyyyMMdd-HHmmss>-compare-<plan>, reserved empty; {@link #write(ComparisonResult, Redactor, Path)} fills it. */
    public static Path newDir(Path reportsRoot, String planName, Instant startedAt) {
        return Reports.newRunDir(reportsRoot, "compare-" + planName, startedAt);
    }

    /** Writes the four files into a report folder that is not yet in place (so that gateway logs can join them). */
    public static void write(ComparisonResult result, Redactor redactor, ReportFolder folder) {
        Reports.writeAll(files(result, redactor), redactor, folder);
    }

    /**
     * Writes the four files into dir, whole or not at all; dir may exist only if empty, as {@link #newDir} leaves it.
     *
     * @throws java.io.UncheckedIOException when the files cannot be written or dir holds something already
     */
    public static List<Path> write(ComparisonResult result, Redactor redactor, Path dir) {
        return Reports.writeInto(files(result, redactor), redactor, dir);
    }

    private static Map<String, String> files(ComparisonResult result, Redactor redactor) {
        CompareReport report = CompareModel.build(result, redactor);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", CompareHtml.render(report, result, redactor));
        files.put("report.json", json(report));
        files.put("report.md", CompareMarkdown.render(report));
        files.put("junit.xml", CompareJunit.render(report));
        return files;
    }

    static String json(CompareReport report) {
        return Json.report(report);
    }
}
