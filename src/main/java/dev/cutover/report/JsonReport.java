package dev.cutover.report;

import dev.cutover.wire.Json;

/**
 * report.json: the RunReport as it is, nulls included, so that every documented field is always present
 * (docs/report-json.md). Field order follows the record components; a test pins it.
 */
final class JsonReport {

    private JsonReport() {}

    static String render(RunReport report) {
        return Json.report(report);
    }
}
