package dev.cutover.report;

import dev.cutover.run.Status;
import java.util.List;
import java.util.Map;

/**
 * The redacted, report-ready view of one run: every string in it has passed through the Redactor, so
 * the writers never see a secret. Its shape is also report.json (docs/report-json.md); Jackson writes
 * record components in declaration order, so reordering components changes the file.
 *
 * @param counts   every status as a key, in {@link Status} order
 * @param coverage how many of the scenarios whose features the target claims ran
 * @param features per feature (sorted by name), counts of the outcomes that list it
 * @param levels   per level, counts of the outcomes at that level
 * @param sdks     per SDK asked, how many steps it parsed, raised on, ...; and the steps where SDKs and checks disagree
 * @param bill     requests and tokens sent per model, and the cap the run was held to
 */
record RunReport(
        int schemaVersion,
        Target target,
        String startedAt,
        double durationMs,
        Map<Status, Integer> counts,
        CoverageReport coverage,
        Map<String, Map<Status, Integer>> features,
        Map<String, Map<Status, Integer>> levels,
        SdkSummary sdks,
        List<OutcomeReport> outcomes,
        BillReport bill) {

    static final int SCHEMA_VERSION = 1;

    record Target(String name, String gateway, String baseUrl) {}

    /**
     * How much of what concerns the target ran: the first thing to read, since a run that skipped nearly
     * everything proves nothing.
     *
     * @param share ran ÷ applicable, 1 when nothing applied
     */
    record CoverageReport(int applicable, int ran, double share, String summary,
                          Map<String, dev.cutover.run.Coverage.Count> features, List<String> notRun) {}

    /**
     * What the run sent: against real providers, what it cost.
     *
     * @param realUpstream real providers stood behind the target (behind cutover's mock nothing is billed)
     * @param maxRequests  the request cap, or null when the run had none
     * @param maxTokens    the token cap, or null when the run had none
     * @param notRun       scenarios not run because the cap was reached
     */
    record BillReport(boolean realUpstream, int requests, long promptTokens, long completionTokens, Integer maxRequests,
                      Long maxTokens, int notRun, List<dev.cutover.run.Bill.Line> models) {}

    int count(Status status) {
        return counts.getOrDefault(status, 0);
    }

    boolean allPassed() {
        return count(Status.FAILED) == 0 && count(Status.ERROR) == 0;
    }
}
