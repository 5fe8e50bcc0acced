package dev.cutover.parity;

import dev.cutover.scenario.Feature;
import dev.cutover.scenario.Severity;
import java.util.List;

/**
 * One real difference between baseline and candidate, after normalisation and the noise filter: where
 * (scenario, step, field path), what (both values; null = absent), and how much it matters.
 *
 * @param step     the step index, or -1 for the scenario's outcome
 * @param stepName the step's name, or null for the outcome
 * @param severity the scenario's severity (MAJOR when the scenario file could not be read)
 */
public record Difference(String scenarioId, String title, String area, List<Feature> features, Severity severity,
                         int step, String stepName, String path, String baseline, String candidate,
                         DiffClass diffClass, String why) {

    /** Stable identity for waivers and run-to-run comparison: scenario, step and path. */
    public String key() {
        return scenarioId + (step < 0 ? "" : "#" + step) + " " + path;
    }

    public Change.Kind kind() {
        return new Change(path, baseline, candidate).kind();
    }

    /** "body.$.error.type: "rate_limit" → absent" — one line for lists. */
    public String summary() {
        return path + ": " + show(baseline) + " → " + show(candidate);
    }

    static String show(String v) {
        if (v == null) return "absent";
        return v.length() > 80 ? v.substring(0, 77) + "…" : v;
    }
}
