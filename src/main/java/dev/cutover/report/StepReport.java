package dev.cutover.report;

import java.util.List;
import java.util.Map;

/**
 * One step, redacted. {@code request}, {@code response} and {@code timings} are null when the step has
 * no observation; a response with status 0 means none arrived (see {@code transportError}).
 *
 * @param sdkFinding {@code spec-deviation}, {@code client-breaking} or null (dev.cutover.run.SdkFinding)
 * @param sdks       one verdict per SDK asked, empty when none was
 */
record StepReport(
        String name,
        boolean passed,
        List<CheckReport> checks,
        String sdkFinding,
        List<SdkReport> sdks,
        RequestReport request,
        ResponseReport response,
        TimingsReport timings,
        String transportError,
        List<UpstreamReport> upstream) {

    /** @param source the scenario file and line of the expectation ({@code scenarios/x.yaml:31}), null if unknown */
    record CheckReport(String expectation, String source, boolean passed, List<String> problems) {}

    /**
     * What one official SDK made of the step's answer (dev.cutover.oracle.SdkVerdict).
     *
     * @param outcome {@code PARSED}, {@code RAISED}, {@code NOT_APPLICABLE} or {@code UNAVAILABLE}
     * @param raised  the exception class or error name, null unless RAISED
     */
    record SdkReport(String sdk, String version, String outcome, String raised, String detail) {}

    record RequestReport(String method, String url, Map<String, List<String>> headers, String body) {}

    /**
     * @param bodyCut       how the body was cut (captured or reported in part), null when it is whole
     * @param eventsOmitted events received but not listed here
     */
    record ResponseReport(int status, Map<String, List<String>> headers, String body, String bodyCut, List<EventReport> events,
                          int eventsOmitted, List<String> streamProblems) {}

    record EventReport(String event, String data, double atMs) {}

    record TimingsReport(double headersMs, Double firstTokenMs, double totalMs) {}

    record UpstreamReport(String method, String path, String query, Map<String, List<String>> headers,
                          String body) {}

    List<CheckReport> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
