package dev.cutover.report;

import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One report folder, whole or absent — the one way every command (run, compare, load, overhead) writes its report.
 * Everything goes into a hidden staging folder beside the final one (same parent, so the same file system), which
 * is then renamed into place in one step: an error before that leaves no report folder at all, and a killed process
 * at worst a hidden {@code .report-…} folder. Files that others produce (Gatling's own report, a load run's
 * samples, a gateway's log) are written into {@link #path()} so that they are part of the same rename. An earlier
 * report is never overwritten.
 */
public final class ReportFolder implements AutoCloseable {
    // UTC so that folder names sort the same whichever machine produced them.
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Path staging;
    private Path committed;

    private ReportFolder(Path root, Path staging) {
        this.root = root;
        this.staging = staging;
    }

    /** A new staging folder under {@code root} (created if missing), for a report that will be named when committed. */
    public static ReportFolder create(Path root) {
        Path r = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(r);
            return new ReportFolder(r, Files.createDirectory(r.resolve(".report-" + UUID.randomUUID())));
        } catch (IOException e) {
            throw unwritable(root, "cannot create a report folder there", e);
        }
    }

    /**
     * Checks, before a command spends minutes running, that a report can be written under {@code root}: a
     * folder named by {@code --reports} that is a file, read-only or on a read-only file system is bad input
     * (exit 2, one line), not an internal error after the run.
     */
    public static void requireWritable(Path root) {
        create(root).close();
    }

    /** The reports folder cannot be written: the user's {@code --reports} (or its disk) is at fault, not cutover. */
    private static InputException unwritable(Path root, String what, IOException e) {
        String why = e instanceof FileAlreadyExistsException f ? f.getFile() + " exists and is not a folder"
                : e instanceof AccessDeniedException f ? "permission denied: " + f.getFile()
                : e instanceof NotDirectoryException f ? f.getFile() + " is not a folder"
                : e instanceof FileSystemException f ? f.getFile() + ": " + (f.getReason() != null ? f.getReason()
                        : e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT))
                : e.getMessage();
        return new InputException(new InputError(root, 0, "--reports", what + " (" + why + ")"));
    }

    /** The staging folder: where the report's files go until {@link #commit}. */
    public Path path() {
        return staging;
    }

    /** Writes a text file (UTF-8) into the staging folder; {@code name} may hold sub-folders. */
    public Path write(String name, String text) {
        Path file = staging.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unwritable(root, "cannot write " + name + " into the report", e);
        }
    }

    /**
     * Moves the report into place as {@code <root>/<yyyyMMdd-HHmmss>-<name>} (time in UTC), with "-2", "-3"… when
     * that name is taken, and returns it.
     */
    public Path commit(String name, Instant startedAt) {
        String base = STAMP.format(startedAt) + "-" + safeName(name);
        for (int n = 1; ; n++) {
            Path dir = root.resolve(n == 1 ? base : base + "-" + n);
            if (Files.exists(dir)) continue;
            try {
                return moveInto(dir);
            } catch (IOException e) {
                // A parallel run took the name between the check and the rename: try the next suffix.
                if (!Files.exists(dir)) throw unwritable(root, "cannot move the report into place", e);
            }
        }
    }

    /**
     * Moves the report into place as {@code dir} — which must be in the same parent as the staging folder, and be
     * absent or empty (as {@link #reserve} leaves it) — and returns it.
     *
     * @throws UncheckedIOException when dir holds something already: an earlier report is never overwritten
     */
    public Path commitInto(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        if (!root.equals(target.getParent())) throw new IllegalArgumentException(dir + " is not a folder in " + root);
        try {
            if (Files.isDirectory(target)) {
                try (Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new FileAlreadyExistsException(target.toString(), null, "not empty; an earlier report is never overwritten");
                    }
                }
                // Renaming onto an empty directory is not portable; drop it first.
                Files.delete(target);
            }
            return moveInto(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + dir, e);
        }
    }

    /**
     * Creates {@code <root>/<yyyyMMdd-HHmmss>-<name>[-n]} empty, to reserve the name for a caller that must know it
     * before the report is written; {@link #commitInto} fills it.
     */
    public static Path reserve(Path root, String name, Instant startedAt) {
        String base = STAMP.format(startedAt) + "-" + safeName(name);
        try {
            Files.createDirectories(root);
            for (int n = 1; ; n++) {
                try {
                    return Files.createDirectory(root.resolve(n == 1 ? base : base + "-" + n));
                } catch (FileAlreadyExistsException taken) {
                    // try the next suffix
                }
            }
        } catch (IOException e) {
            throw unwritable(root, "cannot create a report folder there", e);
        }
    }

    /** Target and plan names come from files; keep them to characters safe in a file name on any OS. */
    static String safeName(String name) {
        String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return s.isEmpty() ? "target" : s;
    }

    /** Deletes the staging folder unless the report was committed: a report is whole or absent. */
    @Override
    public void close() {
        if (committed != null || !Files.exists(staging)) return;
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a leftover hidden staging folder is harmless
        }
    }

    private Path moveInto(Path dir) throws IOException {
        if (committed != null) throw new IllegalStateException("already moved into place as " + committed);
        try {
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, dir);
        }
        committed = dir;
        return dir;
    }
}
