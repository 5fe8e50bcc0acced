package dev.cutover.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report folder is whole or absent: written aside, moved into place in one rename, never over an earlier one. */
class ReportFolderTest {
    private static final Instant AT = Instant.parse("2025-03-04T05:06:07Z");

    @TempDir
    Path root;

    @Test
    void everythingWrittenAsideAppearsAtOnceUnderItsTimeAndName() throws IOException {
        Path dir;
        try (ReportFolder folder = ReportFolder.create(root)) {
            folder.write("load.json", "{}");
            // What another tool writes (Gatling's report, samples) goes into the same folder.
            Files.createDirectories(folder.path().resolve("gatling"));
            Files.writeString(folder.path().resolve("gatling/index.html"), "<html>");
            assertEquals(List.of(), visible(), "nothing visible before the commit");
            dir = folder.commit("load-my gateway/prod", AT);
        }
        assertEquals(root.resolve("20250304-050607-load-my-gateway-prod"), dir);
        assertEquals("{}", Files.readString(dir.resolve("load.json")));
        assertTrue(Files.isRegularFile(dir.resolve("gatling/index.html")));
        assertEquals(List.of(dir), entries(), "no staging folder left");
    }

    @Test
    void aTakenNameGetsASuffixAndAnEarlierReportStaysUntouched() throws IOException {
        Path first;
        try (ReportFolder a = ReportFolder.create(root)) {
            a.write("report.json", "first");
            first = a.commit("t", AT);
        }
        try (ReportFolder b = ReportFolder.create(root)) {
            b.write("report.json", "second");
            assertEquals(root.resolve("20250304-050607-t-2"), b.commit("t", AT));
        }
        assertEquals("first", Files.readString(first.resolve("report.json")));
    }

    @Test
    void aFolderNotCommittedLeavesNothing() throws IOException {
        try (ReportFolder folder = ReportFolder.create(root)) {
            folder.write("samples.jsonl", "{}\n");
            // an error here, before the commit
        }
        assertEquals(List.of(), entries());
    }

    @Test
    void commitIntoFillsAReservedFolderButNeverOneWithAReport() throws IOException {
        Path reserved = ReportFolder.reserve(root, "t", AT);
        try (ReportFolder folder = ReportFolder.create(root)) {
            folder.write("a.txt", "a");
            assertEquals(reserved, folder.commitInto(reserved));
        }
        try (ReportFolder again = ReportFolder.create(root)) {
            again.write("a.txt", "b");
            assertThrows(UncheckedIOException.class, () -> again.commitInto(reserved));
        }
        assertEquals("a", Files.readString(reserved.resolve("a.txt")));
        assertEquals(List.of(reserved), entries());
        try (ReportFolder elsewhere = ReportFolder.create(root)) {
            assertThrows(IllegalArgumentException.class, () -> elsewhere.commitInto(root.resolve("x/y")));
        }
        assertFalse(Files.exists(root.resolve("x")));
    }

    private List<Path> visible() throws IOException {
        return entries().stream().filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.toList();
        }
    }
}
