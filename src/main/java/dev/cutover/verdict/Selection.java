package dev.cutover.verdict;

import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Feature;
import dev.cutover.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;

/**
 * Which scenarios a plan compares: those under {@code paths} that match every filter given (each filter
 * matches when the scenario has any of its words), minus {@code exclude}. Empty filters select all.
 */
public record Selection(List<Path> paths, List<String> areas, List<Feature> features, List<String> tags,
                        List<String> exclude) {

    public Catalog apply(Catalog all) {
        List<Scenario> chosen = all.scenarios().stream().filter(this::selects).toList();
        return new Catalog(chosen, all.broken());
    }

    public boolean selects(Scenario s) {
        return (areas.isEmpty() || areas.contains(s.area()))
                && (features.isEmpty() || s.features().stream().anyMatch(features::contains))
                && (tags.isEmpty() || s.tags().stream().anyMatch(tags::contains))
                && !exclude.contains(s.id());
    }

    /** "areas streaming, errors; tags sdk" — or "all scenarios". */
    public String describe() {
        StringBuilder b = new StringBuilder();
        part(b, "areas", areas);
        part(b, "features", features.stream().map(Feature::wireName).toList());
        part(b, "tags", tags);
        part(b, "excluding", exclude);
        return b.length() == 0 ? "all scenarios" : b.toString();
    }

    private static void part(StringBuilder b, String label, List<String> words) {
        if (words.isEmpty()) return;
        if (b.length() > 0) b.append("; ");
        b.append(label).append(' ').append(String.join(", ", words));
    }
}
