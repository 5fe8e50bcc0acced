package dev.cutover.cli;

import dev.cutover.scenario.Feature;
import dev.cutover.scenario.Level;
import dev.cutover.scenario.Selection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The scenario filters run and compare share: by id (globs), area, tag, feature and level. */
final class ScenarioFilters {
    @Option(names = "--scenario", description = "Only these scenario ids; * matches anything (errors-429-*).", split = ",")
    List<String> ids = List.of();

    @Option(names = "--area", description = "Only scenarios of these areas (folders), e.g. streaming.", split = ",")
    List<String> areas = List.of();

    @Option(names = "--tag", description = "Only scenarios with one of these tags, e.g. sdk.", split = ",")
    List<String> tags = List.of();

    @Option(names = "--feature", description = "Only scenarios needing one of these features, e.g. streaming.", split = ",")
    List<String> features = List.of();

    @Option(names = "--level", description = "Only scenarios of these levels: core, extended.", split = ",")
    List<String> levels = List.of();

    /** @throws ParameterException for an unknown feature or level, naming the known ones */
    Selection selection(List<Path> paths, picocli.CommandLine cl) {
        List<Feature> fs = new ArrayList<>();
        for (String f : features) {
            fs.add(Feature.fromWire(f).orElseThrow(() -> new ParameterException(cl, "--feature: unknown feature '" + f
                    + "'; known: " + Feature.known())));
        }
        List<Level> ls = new ArrayList<>();
        for (String l : levels) {
            try {
                ls.add(Level.valueOf(l.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cl, "--level: '" + l + "' is not one of core, extended");
            }
        }
        return new Selection(paths, areas, fs, tags, List.of(), ids, ls);
    }
}
