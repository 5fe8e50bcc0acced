package dev.cutover.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The launch tests' gateway (resource launch/TinyGateway.java), copied into a folder to run from there. */
public final class TinyGateway {
    private TinyGateway() {}

    /** Copies the program into {@code dir}; returns the command that runs it with this JVM's java. */
    public static List<String> installIn(Path dir) {
        try (InputStream in = TinyGateway.class.getResourceAsStream("/launch/TinyGateway.java")) {
            Files.write(dir.resolve("TinyGateway.java"), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(java(), "TinyGateway.java");
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
