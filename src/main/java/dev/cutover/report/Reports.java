package dev.cutover.report;

import dev.cutover.run.RunResult;
import dev.cutover.wire.Redactor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the reports of one run: index.html, report.json, report.md and junit.xml, through a {@link ReportFolder}. */
public final class Reports {

    private Reports() {}

    /** Writes the four files into a report folder that is not yet in place (so that a gateway log can join them). */
    public static void write(RunResult result, Redactor redactor, ReportFolder folder) {
        writeAll(files(result, redactor), redactor, folder);
    }

    /**
     * Writes the four files into dir, whole or not at all ({@link ReportFolder}); returns the files written. dir may
     * exist only if it is empty (as {@link #newRunDir} leaves it); an earlier report is never overwritten.
     *
     * @throws java.io.UncheckedIOException when the files cannot be written or dir holds something already
     */
    public static List<Path> write(RunResult result, Redactor redactor, Path dir) {
        return writeInto(files(result, redactor), redactor, dir);
    }

    private static Map<String, String> files(RunResult result, Redactor redactor) {
        RunReport report = ReportModel.build(result, redactor);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", HtmlReport.render(report, redactor));
        files.put("report.json", JsonReport.render(report));
        files.put("report.md", MarkdownReport.render(report));
        files.put("junit.xml", JunitReport.render(report));
        return files;
    }

    /** The named texts into the folder, masked once more; shared by the run and compare reports. */
    static void writeAll(Map<String, String> files, Redactor redactor, ReportFolder folder) {
        // A last pass over the finished text: formatting (pretty-printing JSON bodies) may have
        // decoded an escaped secret after the model was masked.
        files.forEach((name, text) -> folder.write(name, redactor.mask(text)));
    }

    /** The named texts into dir, all or nothing, masked once more. */
    static List<Path> writeInto(Map<String, String> files, Redactor redactor, Path dir) {
        try (ReportFolder folder = ReportFolder.create(dir.toAbsolutePath().normalize().getParent())) {
            writeAll(files, redactor, folder);
            folder.commitInto(dir);
        }
        return files.keySet().stream().map(dir::resolve).toList();
    }

    /**
     * reports/<yyyyMMdd-HHmmss>-<target name> under the given root (time in UTC), made unique with a
     * "-2", "-3"… suffix if it exists. The directory is created empty to reserve the name against a
     * parallel run; {@link #write(RunResult, Redactor, Path)} fills it.
     */
    public static Path newRunDir(Path reportsRoot, String targetName, Instant startedAt) {
        return ReportFolder.reserve(reportsRoot, targetName, startedAt);
    }
}
