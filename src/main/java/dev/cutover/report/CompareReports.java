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

    /** reports/<yyyyMMdd-HHmmss>-compare-<plan>, reserved empty; {@link #write} fills it. */
    public static Path newDir(Path reportsRoot, String planName, Instant startedAt) {
        return Reports.newRunDir(reportsRoot, "compare-" + planName, startedAt);
    }

    /** @throws java.io.UncheckedIOException when the files cannot be written or dir holds something already */
    public static List<Path> write(ComparisonResult result, Redactor redactor, Path dir) {
        CompareReport report = CompareModel.build(result, redactor);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", CompareHtml.render(report, result, redactor));
        files.put("report.json", json(report));
        files.put("report.md", CompareMarkdown.render(report));
        files.put("junit.xml", CompareJunit.render(report));
        return Reports.writeAll(files, redactor, dir);
    }

    static String json(CompareReport report) {
        return Json.report(report);
    }
}
