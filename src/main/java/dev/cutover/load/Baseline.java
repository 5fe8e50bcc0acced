package dev.cutover.load;

import java.util.List;

/** What a candidate run is compared with: the baseline's identity, its samples, and the comparison per metric. */
public record Baseline(String target, String gateway, String report, List<Sample> samples, LoadMetrics metrics,
                       List<MetricComparison> comparisons) {

    /** @param report the baseline's report folder name, so the reader can open it */
    public static Baseline of(String target, String gateway, String report, List<Sample> samples, LoadRun candidate) {
        LoadMetrics metrics = LoadMetrics.of(samples, candidate.profile().slo());
        return new Baseline(target, gateway, report, samples, metrics,
                MetricJudge.compare(samples, candidate.samples(), candidate.profile().judge()));
    }
}
