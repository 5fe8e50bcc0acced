package dev.cutover.report;

import dev.cutover.report.StepReport.SdkReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run's SDK verdicts summed up: per SDK how many steps it parsed, raised on, could not be asked about; and
 * the steps where the SDKs and cutover's checks disagree, so that neither kind hides in a passing scenario.
 *
 * @param bySdk          per SDK name (sorted), its counts
 * @param specDeviations steps where a check failed and every SDK that answered parsed the answer
 * @param clientBreaking steps whose whole 2xx answer an SDK raised on
 */
record SdkSummary(Map<String, Counts> bySdk, List<Finding> specDeviations, List<Finding> clientBreaking) {

    /** @param version the SDK's version as its verdicts name it (null when it is not installed) */
    record Counts(String version, int parsed, int raised, int notApplicable, int unavailable) {}

    /** One step: its scenario, its name and what the SDKs said, one line. */
    record Finding(String scenario, String step, String sdks) {}

    static SdkSummary of(List<OutcomeReport> outcomes) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> versions = new TreeMap<>();
        List<Finding> deviations = new ArrayList<>();
        List<Finding> breaking = new ArrayList<>();
        for (OutcomeReport o : outcomes) {
            for (StepReport s : o.steps()) {
                for (SdkReport v : s.sdks()) {
                    int[] c = counts.computeIfAbsent(v.sdk(), k -> new int[4]);
                    c[switch (v.outcome()) {
                        case "PARSED" -> 0;
                        case "RAISED" -> 1;
                        case "NOT_APPLICABLE" -> 2;
                        default -> 3;
                    }]++;
                    if (v.version() != null) versions.put(v.sdk(), v.version());
                }
                if ("spec-deviation".equals(s.sdkFinding())) deviations.add(new Finding(o.id(), s.name(), line(s.sdks())));
                if ("client-breaking".equals(s.sdkFinding())) breaking.add(new Finding(o.id(), s.name(), line(s.sdks())));
            }
        }
        Map<String, Counts> bySdk = new TreeMap<>();
        counts.forEach((sdk, c) -> bySdk.put(sdk, new Counts(versions.get(sdk), c[0], c[1], c[2], c[3])));
        return new SdkSummary(bySdk, List.copyOf(deviations), List.copyOf(breaking));
    }

    /** {@code openai-java parsed (7 chunks) · openai-node raised TypeError (terminated)}: the reports' one line per step. */
    static String line(List<SdkReport> sdks) {
        List<String> parts = new ArrayList<>();
        for (SdkReport v : sdks) {
            String what = switch (v.outcome()) {
                case "PARSED" -> "parsed";
                case "RAISED" -> "raised " + v.raised();
                case "NOT_APPLICABLE" -> "n/a";
                default -> "unavailable";
            };
            parts.add(v.sdk() + " " + what + (v.detail() == null || v.detail().isEmpty() ? "" : " (" + v.detail() + ")"));
        }
        return String.join(" · ", parts);
    }

    boolean isEmpty() {
        return bySdk.isEmpty();
    }
}
