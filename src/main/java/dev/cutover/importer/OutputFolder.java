package dev.cutover.importer;

import dev.cutover.scenario.ScenarioReader;
import dev.cutover.target.TargetReader;
import dev.cutover.target.Variables;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes an import's files so that a user never finds a half-written or unusable set: existing files are
 * refused unless replacing is asked for, everything is written to a staging folder beside the output and
 * read back with the same readers {@code cutover lint} uses, and only then is each file renamed into place.
 */
public final class OutputFolder {
    private OutputFolder() {}

    /**
     * @param files   text by path relative to {@code out}
     * @param replace whether existing files may be replaced
     * @throws InputException naming the files that exist when {@code replace} is false, or when the folder cannot be written
     */
    public static void write(Path out, Map<String, String> files, boolean replace) {
        if (!replace) {
            List<Path> existing = files.keySet().stream().map(out::resolve).filter(Files::exists).toList();
            if (!existing.isEmpty()) throw new InputException(refusal(out, existing));
        }
        Path staging = null;
        try {
            Path parent = out.toAbsolutePath().normalize().getParent();
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, ".cutover-import-");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = staging.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
            for (String relative : files.keySet()) verify(staging, relative);
            for (String relative : files.keySet()) {
                Path dest = out.resolve(relative);
                Files.createDirectories(dest.getParent());
                Files.move(staging.resolve(relative), dest, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            // A folder the user cannot write to is bad input (--out), not a bug.
            throw new InputException(new InputError(out, 0, null, "cannot write the import here: " + e));
        } finally {
            if (staging != null) deleteTree(staging);
        }
    }

    /** The first few files by name, then a count: a re-run over a whole import would otherwise print dozens of lines. */
    private static List<InputError> refusal(Path out, List<Path> existing) {
        List<InputError> errors = new ArrayList<>();
        existing.stream().limit(3).forEach(f -> errors.add(new InputError(f, 0, null, "already exists; use --force to replace it")));
        if (existing.size() > 3) {
            errors.add(new InputError(out, 0, null, (existing.size() - 3) + " more files of this import already exist"));
        }
        return errors;
    }

    /** A generated file that does not lint is a bug in the importer, never the user's fault: refuse to write it. */
    private static void verify(Path staging, String relative) {
        Path file = staging.resolve(relative);
        try {
            if (relative.startsWith("targets/")) {
                TargetReader.read(file, Variables.forLint(Map.of()));
            } else {
                ScenarioReader.read(file);
            }
        } catch (InputException e) {
            throw new IllegalStateException("the importer generated a file that does not lint (" + relative + "): "
                    + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Only the hidden staging folder is left behind; the import itself is complete or not started.
        }
    }
}
