package dev.cutover.report;

import dev.cutover.run.Status;
import java.util.List;
import java.util.Map;

/**
 * report.json of a compare, already masked; fields in the order docs/parity.md lists them. Built by
 * {@link CompareModel}; the HTML, Markdown and JUnit writers read it too.
 */
record CompareReport(int schemaVersion, String kind, Plan plan, String verdict, String verdictLabel, String coverage,
                     List<String> reasons, SideReport baseline, SideReport candidate, String startedAt, double durationMs, Totals totals,
                     Map<String, FeatureRow> features, List<DifferenceReport> differences, List<NoiseReport> noise,
                     List<WaiverReport> waivers, List<ScenarioRow> scenarios) {

    static final int SCHEMA_VERSION = 1;

    record Plan(String name, String file, String description, String selection, List<String> required) {}

    record SideReport(String role, String target, String gateway, String baseUrl, String standInFor, String upstream,
                      List<String> features, String file) {}

    record Totals(int scenarios, int compared, int stepsCompared, long blocking, long warnings, long notes, long waived,
                  int noiseDropped) {}

    /** Outcomes per feature on each side (first baseline run and candidate), and the differences touching it. */
    record FeatureRow(Map<Status, Integer> baseline, Map<Status, Integer> candidate, int differences) {}

    record DifferenceReport(String scenario, String title, String area, List<String> features, String severity, int step,
                            String stepName, String path, String kind, String baseline, String candidate, String diffClass,
                            String why, String impact, String counted, String waiver) {}

    record NoiseReport(String path, int seen, int baselineDiffers, int candidateDiffers, int dropped, boolean filtered) {}

    record WaiverReport(String scenario, String difference, String reason, String expires, boolean expired, int matched,
                        String note) {}

    /** One scenario's three runs; {@code index} is its position in the run (anchors go by it). */
    record ScenarioRow(int index, String id, String title, String area, String severity, Status baseline,
                       Status baselineAgain, Status candidate, String candidateReason, int differences) {}
}
