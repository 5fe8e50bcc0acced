package dev.cutover.scenario;

import dev.cutover.yaml.Glob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which scenarios a run or plan takes: those under {@code paths} that match every filter given (each filter
 * matches when the scenario has any of its words), minus {@code exclude}. Empty filters select all.
 *
 * @param ids    scenario ids, {@code *} matching any run of characters ({@code errors-429-*})
 * @param levels core, extended
 */
public record Selection(List<Path> paths, List<String> areas, List<Feature> features, List<String> tags,
                        List<String> exclude, List<String> ids, List<Level> levels) {

    public Selection {
        paths = List.copyOf(paths);
        areas = List.copyOf(areas);
        features = List.copyOf(features);
        tags = List.copyOf(tags);
        exclude = List.copyOf(exclude);
        ids = List.copyOf(ids);
        levels = List.copyOf(levels);
    }

    public Selection(List<Path> paths, List<String> areas, List<Feature> features, List<String> tags, List<String> exclude) {
        this(paths, areas, features, tags, exclude, List.of(), List.of());
    }

    /** Every scenario under these paths. */
    public static Selection all(List<Path> paths) {
        return new Selection(paths, List.of(), List.of(), List.of(), List.of());
    }

    public Catalog apply(Catalog all) {
        List<Scenario> chosen = all.scenarios().stream().filter(this::selects).toList();
        return new Catalog(chosen, all.broken());
    }

    public boolean selects(Scenario s) {
        return (areas.isEmpty() || areas.contains(s.area()))
                && (features.isEmpty() || s.features().stream().anyMatch(features::contains))
                && (tags.isEmpty() || s.tags().stream().anyMatch(tags::contains))
                && (ids.isEmpty() || ids.stream().anyMatch(g -> Glob.matches(g, s.id())))
                && (levels.isEmpty() || levels.contains(s.level()))
                && !exclude.contains(s.id());
    }

    /** This selection narrowed by another's filters too (a plan's selection, then the command line's). */
    public Selection and(Selection more) {
        return new Selection(paths, join(areas, more.areas), join(features, more.features), join(tags, more.tags),
                join(exclude, more.exclude), join(ids, more.ids), join(levels, more.levels));
    }

    /** Whether any filter is set. */
    public boolean filters() {
        return !(areas.isEmpty() && features.isEmpty() && tags.isEmpty() && exclude.isEmpty() && ids.isEmpty() && levels.isEmpty());
    }

    /** "areas streaming, errors; tags sdk" — or "all scenarios". */
    public String describe() {
        StringBuilder b = new StringBuilder();
        part(b, "scenarios", ids);
        part(b, "areas", areas);
        part(b, "features", features.stream().map(Feature::wireName).toList());
        part(b, "tags", tags);
        part(b, "levels", levels.stream().map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).toList());
        part(b, "excluding", exclude);
        return b.length() == 0 ? "all scenarios" : b.toString();
    }

    /** Both lists' words: narrowing by the second where the first said nothing, else keeping the first's choice. */
    private static <T> List<T> join(List<T> a, List<T> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        List<T> both = new ArrayList<>(a);
        both.retainAll(b);
        return both;
    }

    private static void part(StringBuilder b, String label, List<String> words) {
        if (words.isEmpty()) return;
        if (b.length() > 0) b.append("; ");
        b.append(label).append(' ').append(String.join(", ", words));
    }
}
