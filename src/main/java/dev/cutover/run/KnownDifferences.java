package dev.cutover.run;

import dev.cutover.yaml.YamlFiles;
import dev.cutover.yaml.YamlNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a target knowingly differs from the catalog, read from a checked-in file. A listed scenario that
 * fails exactly as described becomes KNOWN_DIFFERENCE; one that passes, or fails in another way, is
 * FAILED with a message saying so — a change in the gateway's behaviour turns the build red.
 */
public record KnownDifferences(Path file, Map<String, Known> byScenario) {

    /**
     * @param failing what is observed to fail: each a part of one failing check's "expectation: problem"
     *                (e.g. {@code status: expected 429, got 502}); every problem must be covered and every
     *                entry seen
     */
    public record Known(String scenario, List<String> failing, String reason) {}

    public static final KnownDifferences NONE = new KnownDifferences(null, Map.of());

    /** @throws dev.cutover.yaml.InputException naming file, line and field */
    public static KnownDifferences read(Path file) {
        YamlNode root = YamlFiles.read(file);
        root.onlyKeys(List.of("target", "description", "differences"));
        Map<String, Known> out = new LinkedHashMap<>();
        for (YamlNode d : root.require("differences").items()) {
            d.onlyKeys(List.of("scenario", "failing", "reason"));
            String id = d.require("scenario").text();
            List<String> failing = d.require("failing").texts();
            if (failing.isEmpty()) throw d.require("failing").error("name at least one failing expectation");
            for (int i = 0; i < failing.size(); i++) {
                // A check's name alone would absorb any failure of that check, not the one this entry explains.
                if (!failing.get(i).contains(":")) {
                    YamlNode at = d.require("failing").isList() ? d.require("failing").items().get(i) : d.require("failing");
                    throw at.error("name what was observed, as the report words it (e.g. 'status: expected 429, got 502'), "
                            + "not the check alone");
                }
            }
            if (out.put(id, new Known(id, failing, d.require("reason").text().trim())) != null) {
                throw d.require("scenario").error("'" + id + "' is listed twice");
            }
        }
        return new KnownDifferences(file, Map.copyOf(out));
    }

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F-]{0,23}");

    /**
     * A gateway's per-request ids (UUIDs) differ every run; a difference is the same with any of them. A UUID
     * that a report cut short (long bodies are shown cut) is one too.
     */
    static String steady(String text) {
        return UUID.matcher(text).replaceAll("<uuid>");
    }

    public Outcome apply(Outcome o) {
        Known k = byScenario.get(o.scenarioId());
        if (k == null) return o;
        if (o.status() == Status.PASSED) {
            return o.with(Status.FAILED, "listed in " + file.getFileName() + " as a known difference, but it passes now: "
                    + "the gateway changed; remove the entry (" + k.reason() + ")");
        }
        if (o.status() != Status.FAILED) return o;
        // Matched on what was observed — each problem as "expectation: problem" — so that a known difference
        // absorbs only the failure it describes, not another one of the same check.
        List<String> observed = o.failedChecks().stream()
                .flatMap(c -> c.problems().stream().map(p -> steady(c.expectation() + ": " + p))).toList();
        List<String> listed = k.failing().stream().map(KnownDifferences::steady).toList();
        boolean allExplained = observed.stream().allMatch(f -> listed.stream().anyMatch(f::contains));
        boolean allSeen = listed.stream().allMatch(w -> observed.stream().anyMatch(f -> f.contains(w)));
        if (allExplained && allSeen) return o.with(Status.KNOWN_DIFFERENCE, k.reason());
        return o.with(Status.FAILED, "fails differently from its known difference in " + file.getFileName()
                + " (expected: " + String.join("; ", k.failing()) + "; observed now: "
                + String.join("; ", observed) + "): " + o.reason());
    }
}
