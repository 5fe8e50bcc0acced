package dev.cutover.run;

import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Scenario;
import dev.cutover.scenario.ScenarioReader;
import dev.cutover.yaml.InputError;
import java.util.List;
import java.util.stream.Collectors;

/** Outcomes for scenarios that could not run at all. */
public final class Outcomes {
    private Outcomes() {}

    public static Outcome broken(Catalog.Broken b, String target) {
        String reason = b.errors().stream().map(InputError::toString).collect(Collectors.joining("; "));
        return new Outcome(ScenarioReader.fileId(b.file()), "(unreadable scenario file)", areaOf(b), List.of(), null,
                null, b.file(), target, Status.ERROR, reason, List.of(), 0);
    }

    public static Outcome notRun(Scenario s, String target, String reason) {
        return new Outcome(s.id(), s.title(), s.area(), s.features(), s.level(), s.severity(), s.file(), target,
                Status.ERROR, reason, List.of(), 0);
    }

    private static String areaOf(Catalog.Broken b) {
        var parent = b.file().toAbsolutePath().getParent();
        return parent == null ? "" : parent.getFileName().toString();
    }
}
