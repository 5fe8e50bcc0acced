package dev.cutover.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where cutover's own files live: the shipped catalog (scenarios, targets, plans, load profiles) and the
 * gateway folders the shipped targets start (gateways/portkey, gateways/sdk-oracle, …). The launcher names its
 * checkout in {@value #PROPERTY}; without it (the jar run on its own, the Maven plugin) they are the copy
 * the jar carries under {@code catalog/}, unpacked into a folder of their own.
 *
 * <p>A relative path a user names is read where they are first, then here: {@code run --target
 * targets/direct-mock.yaml} works from any folder, and a team's own {@code targets/} folder wins over the
 * shipped one.
 */
public final class Home {
    /** System property: the folder holding cutover's own files (the launcher sets it to its checkout). */
    public static final String PROPERTY = "cutover.home";
    /** Written before a path in a plan or on the command line: among the shipped files ({@code cutover:targets/direct-mock.yaml}). */
    public static final String SHIPPED = "cutover:";
    /** Where the shipped files sit inside the jar. */
    static final String PREFIX = "catalog/";

    private static Path unpacked;

    private Home() {}

    /** The folder holding cutover's own files: {@value #PROPERTY} when set, else the jar's copy, unpacked once. */
    public static synchronized Path dir() {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) return Path.of(named).toAbsolutePath().normalize();
        if (unpacked == null) unpacked = unpack(defaultUnpackDir());
        return unpacked;
    }

    /**
     * A path written in a file (a plan's baseline, candidate, scenario paths, load profile): {@code cutover:x}
     * names x among the shipped files, anything else is relative to the file's folder.
     */
    public static Path resolve(String written, Path dir) {
        String w = written.trim();
        if (w.startsWith(SHIPPED)) return dir().resolve(w.substring(SHIPPED.length())).normalize();
        return dir.resolve(w).normalize();
    }

    /**
     * The path as given when it exists, or when it is absolute; else the same relative path under {@link #dir()}
     * when that exists; else as given, so that the error a reader reports names what the user wrote.
     */
    public static Path resolve(Path given) {
        if (given.toString().startsWith(SHIPPED)) return resolve(given.toString(), Path.of(""));
        if (given.isAbsolute() || Files.exists(given)) return given;
        Path shipped = dir().resolve(given.toString()).normalize();
        return Files.exists(shipped) ? shipped : given;
    }

    /**
     * Copies the shipped files into a folder (made when missing) and returns it. A file already there with the
     * same size and content is left alone, and files that are not shipped (a gateway's node_modules, installed
     * in place) stay: unpacking again after an upgrade keeps an install.
     */
    public static Path unpack(Path dir) {
        try {
            Files.createDirectories(dir);
            Path source = codeSource();
            if (Files.isDirectory(source)) {
                Path root = source.resolve(PREFIX);
                if (!Files.isDirectory(root)) throw new IllegalStateException("no shipped catalog under " + source);
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        try (InputStream in = Files.newInputStream(p)) {
                            write(dir.resolve(root.relativize(p).toString()), in, Files.size(p));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        if (e.isDirectory() || !e.getName().startsWith(PREFIX)) continue;
                        Path out = dir.resolve(e.getName().substring(PREFIX.length())).normalize();
                        if (!out.startsWith(dir)) continue; // an entry naming "../" would write outside the folder
                        try (InputStream in = jar.getInputStream(e)) {
                            write(out, in, e.getSize());
                        }
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack cutover's catalog into " + dir, e);
        }
    }

    private static void write(Path out, InputStream in, long size) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (Files.isRegularFile(out) && Files.size(out) == size && Arrays.equals(Files.readAllBytes(out), bytes)) return;
        Files.createDirectories(out.getParent());
        Path tmp = Files.createTempFile(out.getParent(), ".unpack", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The jar (or classes folder) this class came from. */
    private static Path codeSource() {
        try {
            return Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate cutover's jar", e);
        }
    }

    /** One folder per jar build (its size and time), in the temporary folder: two versions never share files. */
    private static Path defaultUnpackDir() {
        Path source = codeSource();
        long stamp;
        try {
            stamp = Files.getLastModifiedTime(source).toMillis() ^ (Files.isDirectory(source) ? 0 : Files.size(source));
        } catch (IOException e) {
            stamp = 0;
        }
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "cutover-" + user + "-" + Long.toHexString(stamp));
    }
}
