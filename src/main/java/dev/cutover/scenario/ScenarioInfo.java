package dev.cutover.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario as reports and verdicts name it — who it is, what it needs, how much it weighs — for a
 * scenario that ran and for a file that could not even be read alike.
 *
 * @param level    null for an unreadable file
 * @param severity null for an unreadable file
 */
public record ScenarioInfo(String id, String title, String area, List<Feature> features, Level level, Severity severity,
                           Path file) {

    public ScenarioInfo {
        features = features == null ? List.of() : List.copyOf(features);
    }

    /** A scenario file that could not be read: its file name stands for the id. */
    public static ScenarioInfo unreadable(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return new ScenarioInfo(ScenarioReader.fileId(file), "(unreadable scenario file)",
                parent == null ? "" : parent.getFileName().toString(), List.of(), null, null, file);
    }
}
