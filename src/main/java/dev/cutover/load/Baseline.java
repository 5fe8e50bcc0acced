package dev.cutover.load;

import java.util.List;

/**
 * What a candidate run is compared with: the baseline's identity, its samples, and the comparison per metric.
 *
 * @param standInFor the gateway the baseline only imitates (cutover's stand-in), or null for the real thing
 * @param report     the baseline's report folder name, so the reader can open it
 */
public record Baseline(String target, String gateway, String standInFor, String report, List<Sample> samples,
                       LoadMetrics metrics, List<MetricComparison> comparisons) {

    /** A baseline that is no stand-in. */
    public static Baseline of(String target, String gateway, String report, List<Sample> samples, LoadRun candidate) {
        return of(target, gateway, null, report, samples, candidate);
    }

    public static Baseline of(String target, String gateway, String standInFor, String report, List<Sample> samples,
                              LoadRun candidate) {
        LoadMetrics metrics = LoadMetrics.of(samples, candidate.profile().slo());
        return new Baseline(target, gateway, standInFor, report, samples, metrics,
                MetricJudge.compare(samples, candidate.samples(), candidate.profile().judge()));
    }

    /** The baseline run of this command, compared with the candidate. */
    public static Baseline of(LoadRun baseline, String report, LoadRun candidate) {
        return of(baseline.target(), baseline.gateway(), baseline.standInFor(), report, baseline.samples(), candidate);
    }
}
