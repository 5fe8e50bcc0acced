package dev.cutover.report;

import dev.cutover.run.RunResult;
import dev.cutover.wire.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Writes the reports of one run: index.html, report.json, report.md and junit.xml. */
public final class Reports {
    // UTC so that directory names sort the same whichever machine produced them.
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Reports() {}

    /**
     * Writes index.html, report.json, report.md and junit.xml into dir (created); returns the files written.
     * All-or-nothing: the files are written into a temporary sibling directory which is then moved into
     * place, so a crash never leaves a half-written report. dir may exist only if it is empty (as
     * {@link #newRunDir} leaves it); an earlier report is never overwritten.
     *
     * @throws UncheckedIOException when the files cannot be written or dir holds something already
     */
    public static List<Path> write(RunResult result, Redactor redactor, Path dir) {
        RunReport report = ReportModel.build(result, redactor);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", HtmlReport.render(report, redactor));
        files.put("report.json", JsonReport.render(report));
        files.put("report.md", MarkdownReport.render(report));
        files.put("junit.xml", JunitReport.render(report));
        return writeAll(files, redactor, dir);
    }

    /** Writes the named texts into dir, all or nothing, masked once more; shared by the run and compare reports. */
    static List<Path> writeAll(Map<String, String> files, Redactor redactor, Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(target.getParent());
            Files.createDirectory(tmp);
            for (Map.Entry<String, String> f : files.entrySet()) {
                // A last pass over the finished text: formatting (pretty-printing JSON bodies) may have
                // decoded an escaped secret after the model was masked.
                Files.writeString(tmp.resolve(f.getKey()), redactor.mask(f.getValue()), StandardCharsets.UTF_8);
            }
            moveIntoPlace(tmp, target);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write the report into " + dir, e);
        }
        List<Path> written = new ArrayList<>();
        for (String name : files.keySet()) written.add(dir.resolve(name));
        return List.copyOf(written);
    }

    /**
     * reports/<yyyyMMdd-HHmmss>-<target name> under the given root (time in UTC), made unique with a
     * "-2", "-3"… suffix if it exists. The directory is created empty to reserve the name against a
     * parallel run; {@link #write} fills it.
     */
    public static Path newRunDir(Path reportsRoot, String targetName, Instant startedAt) {
        String base = STAMP.format(startedAt) + "-" + safeName(targetName);
        try {
            Files.createDirectories(reportsRoot);
            for (int n = 1; ; n++) {
                Path candidate = reportsRoot.resolve(n == 1 ? base : base + "-" + n);
                try {
                    return Files.createDirectory(candidate);
                } catch (FileAlreadyExistsException taken) {
                    // try the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a report directory under " + reportsRoot, e);
        }
    }

    /** Target names come from profiles; keep them to characters safe in a file name on any OS. */
    static String safeName(String name) {
        String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return s.isEmpty() ? "target" : s;
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) throw new FileAlreadyExistsException(target.toString(), null, "not empty; an earlier report is never overwritten");
            }
            // Renaming onto an empty directory is not portable; drop it first.
            Files.delete(target);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a leftover hidden temp directory is harmless
        }
    }
}
