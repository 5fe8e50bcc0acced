package dev.cutover.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A scenario as reports and verdicts name it — who it is, what it needs, how much it weighs — for a
 * scenario that ran and for a file that could not even be read alike.
 *
 * @param level    null for an unreadable file
 * @param severity null for an unreadable file
 * @param unlessClaims features that make the scenario not apply to a target claiming them
 */
public record ScenarioInfo(String id, String title, String area, List<Feature> features, Level level, Severity severity,
                           Path file, List<Feature> unlessClaims) {

    public ScenarioInfo {
        features = features == null ? List.of() : List.copyOf(features);
        unlessClaims = unlessClaims == null ? List.of() : List.copyOf(unlessClaims);
    }

    public ScenarioInfo(String id, String title, String area, List<Feature> features, Level level, Severity severity, Path file) {
        this(id, title, area, features, level, severity, file, List.of());
    }

    /**
     * Whether the scenario concerns a target with these features: it claims all the scenario needs, none of
     * those that make it not apply. An unreadable file concerns every target (it should have run).
     */
    public boolean appliesTo(java.util.Set<Feature> claimed) {
        return claimed.containsAll(features) && unlessClaims.stream().noneMatch(claimed::contains);
    }

    /** A scenario file that could not be read: its file name stands for the id. */
    public static ScenarioInfo unreadable(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return new ScenarioInfo(ScenarioReader.fileId(file), "(unreadable scenario file)",
                parent == null ? "" : parent.getFileName().toString(), List.of(), null, null, file);
    }
}
