package dev.cutover.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The folder of one run's gateway, {@code ${run.dir}}: rendered config files and whatever the setup step writes.
 * Its name is fixed first, so the profile can be resolved with it, and it is made only for a gateway started
 * here. It is removed when the session closes, also after a failed start and on JVM exit: the files in it hold
 * keys resolved from the environment and from the setup step, so nothing is kept for later reading, and it is
 * readable by its owner only.
 */
public final class RunFolder implements AutoCloseable {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private final Path path;
    private boolean created;
    private Thread hook;

    private RunFolder(Path path) {
        this.path = path;
    }

    /** A fresh name under the temporary folder; nothing is on disk yet. */
    public static RunFolder reserve() {
        return new RunFolder(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()
                .resolve("cutover-run-" + UUID.randomUUID().toString().substring(0, 12)));
    }

    public Path path() {
        return path;
    }

    /** Makes the folder; a second call does nothing. createDirectory refuses a name that exists, link or not. */
    public synchronized void create() {
        if (created) return;
        try {
            if (POSIX) Files.createDirectory(path, ownerOnly("rwx------"));
            else Files.createDirectory(path);
        } catch (IOException e) {
            throw new LaunchException("cannot make the run's folder " + path + ": " + e.getMessage());
        }
        created = true;
        hook = new Thread(this::delete, "cutover-remove-run-folder");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Writes each file (a relative name → its content, already rendered) into the folder. */
    public void write(Map<String, String> files) {
        if (files.isEmpty()) return;
        create();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = path.resolve(f.getKey()).normalize();
            // The reader refuses names leaving the folder; checked again where the bytes are written.
            if (!target.startsWith(path)) throw new LaunchException("file name " + f.getKey() + " leaves the run's folder");
            try {
                Files.createDirectories(target.getParent());
                if (POSIX && !Files.exists(target)) Files.createFile(target, ownerOnly("rw-------"));
                Files.writeString(target, f.getValue());
            } catch (IOException e) {
                throw new LaunchException("cannot write " + f.getKey() + " into the run's folder: " + e.getMessage());
            }
        }
    }

    @Override
    public synchronized void close() {
        if (!created) return;
        delete();
        created = false;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // already shutting down: the hook is running or ran
        }
    }

    private void delete() {
        if (!Files.exists(path)) return;
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // a file the gateway still writes: what could not go stays; the run's result does not depend on it
        }
    }

    private static FileAttribute<?> ownerOnly(String perms) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(perms));
    }
}
