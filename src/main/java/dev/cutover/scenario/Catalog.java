package dev.cutover.scenario;

import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every scenario under some paths (files or folders), in a stable order (area, then id). A file that
 * cannot be read is kept as a {@link Broken} entry so that it shows up as an error row and never
 * stops the other scenarios.
 */
public record Catalog(List<Scenario> scenarios, List<Broken> broken) {

    /** A scenario file that could not be read, and why. */
    public record Broken(Path file, List<InputError> errors) {}

    /**
     * Every scenario under the paths. Ids are unique: a scenario under a later path replaces one of the same id
     * under an earlier path (a team's own folder after the shipped catalog overrides it), and two files of one
     * path with the same id are both refused.
     */
    public static Catalog load(List<Path> paths) {
        Map<String, Scenario> byId = new LinkedHashMap<>();
        List<Broken> broken = new ArrayList<>();
        for (Path path : paths) {
            Map<String, Scenario> here = new LinkedHashMap<>();
            for (Path file : yamlFiles(List.of(path))) {
                try {
                    Scenario s = ScenarioReader.read(file);
                    Scenario twin = here.putIfAbsent(s.id(), s);
                    if (twin != null) {
                        broken.add(new Broken(file, List.of(new InputError(file, 0, "id",
                                "'" + s.id() + "' is also the id of " + twin.file() + "; ids are unique"))));
                    }
                } catch (InputException e) {
                    broken.add(new Broken(file, e.errors()));
                }
            }
            byId.putAll(here);
        }
        List<Scenario> ok = new ArrayList<>(byId.values());
        ok.sort(Comparator.comparing(Scenario::area).thenComparing(Scenario::id));
        return new Catalog(List.copyOf(ok), List.copyOf(broken));
    }

    /** Entries walked under one folder: the catalog has about a hundred. */
    static final int MAX_ENTRIES = 100_000;

    /** The YAML files under the given paths, sorted; a missing path is an input error. */
    public static List<Path> yamlFiles(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new InputException(new InputError(p, 0, null, "no such file or folder"));
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    // A plan or a command line naming "/" would otherwise walk the whole machine.
                    List<Path> seen = walk.limit(MAX_ENTRIES + 1L).toList();
                    if (seen.size() > MAX_ENTRIES) {
                        throw new InputException(new InputError(p, 0, null, "more than " + MAX_ENTRIES
                                + " files and folders under it; name the scenario folder itself"));
                    }
                    seen.stream().filter(Files::isRegularFile).filter(Catalog::isYaml).sorted().forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new InputException(new InputError(p, 0, null, "cannot list the folder: " + e.getMessage()));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
