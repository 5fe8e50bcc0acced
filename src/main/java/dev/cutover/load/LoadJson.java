package dev.cutover.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.stats.Distribution;
import dev.cutover.wire.Json;
import java.util.List;

/** load.json: the run for machines; fields in docs/load.md. Absent numbers are null, never NaN. */
final class LoadJson {
    static final int SCHEMA_VERSION = 1;

    private LoadJson() {}

    static String render(LoadRun run, Baseline baseline, LoadVerdict verdict, String gatlingReport, LoadReport.Plan plan) {
        ObjectNode root = Json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode target = root.putObject("target");
        target.put("name", run.target()).put("gateway", run.gateway()).put("baseUrl", run.baseUrl());
        target.put("standInFor", run.standInFor());
        profile(root.putObject("profile"), run.profile());
        root.put("startedAt", run.startedAt().toString());
        root.put("stopReason", run.stopReason());
        root.put("clock", "Gatling, whole milliseconds: per-chunk arrival times from Gatling's SSE client");
        metrics(root.putObject("metrics"), run.metrics());
        root.put("resendsRefused", run.resendsRefused());
        if (run.mockTiming() == null) {
            root.putNull("mockTiming");
        } else {
            // Rounded like every figure here, to 0.001 ms: the mock keeps its account in whole microseconds.
            ObjectNode t = root.putObject("mockTiming").put("parts", run.mockTiming().parts());
            number(t, "p50Ms", run.mockTiming().p50Ms());
            number(t, "p99Ms", run.mockTiming().p99Ms());
            number(t, "maxMs", run.mockTiming().maxMs());
            t.put("late", run.mockTiming().late());
        }
        if (baseline == null) {
            root.putNull("baseline");
        } else {
            ObjectNode b = root.putObject("baseline");
            b.put("target", baseline.target()).put("gateway", baseline.gateway()).put("report", baseline.report());
            metrics(b.putObject("metrics"), baseline.metrics());
            b.put("standInFor", baseline.standInFor());
        }
        ArrayNode comparison = root.putArray("comparison");
        if (baseline != null) baseline.comparisons().forEach(c -> comparison(comparison.addObject(), c));
        ObjectNode v = root.putObject("verdict");
        v.put("decision", verdict.decision().label());
        ArrayNode reasons = v.putArray("reasons");
        verdict.reasons().forEach(reasons::add);
        ArrayNode w = v.putArray("warnings");
        verdict.warnings().forEach(w::add);
        root.put("gatlingReport", gatlingReport);
        if (plan == null) {
            root.putNull("plan");
        } else {
            ObjectNode p = root.putObject("plan").put("name", plan.name());
            ObjectNode limits = p.putObject("thresholds");
            number(limits, "ttftP95IncreaseMs", plan.limits().ttftP95IncreaseMs());
            number(limits, "latencyP95IncreaseMs", plan.limits().latencyP95IncreaseMs());
            number(limits, "itlP95IncreaseMs", plan.limits().itlP95IncreaseMs());
            number(limits, "errorRateMax", plan.limits().errorRateMax());
            number(limits, "throughputDecreasePct", plan.limits().throughputDecreasePct());
        }
        return Json.report(root);
    }

    private static void profile(ObjectNode p, LoadProfile profile) {
        p.put("name", profile.name());
        p.put("model", profile.model().name().toLowerCase());
        ArrayNode stages = p.putArray("stages");
        profile.stages().forEach(s -> stages.addObject().put("from", s.from()).put("to", s.to())
                .put("seconds", s.seconds()).put("burst", s.burst()));
        p.put("streaming", profile.streaming());
        p.put("promptWords", profile.promptWords());
        p.put("completionWords", profile.completionWords());
        p.putObject("provider").put("ttftMs", profile.provider().ttftMs()).put("tokenGapMs", profile.provider().tokenGapMs())
                .put("firstEvent", profile.provider().firstEvent().yamlName());
        p.putObject("limits").put("seconds", profile.limits().seconds()).put("requests", profile.limits().requests())
                .put("requestTimeoutMs", profile.limits().requestTimeoutMs());
        ObjectNode slo = p.putObject("slo");
        number(slo, "ttftMs", profile.slo().ttftMs());
        number(slo, "tpotMs", profile.slo().tpotMs());
        number(slo, "e2eMs", profile.slo().e2eMs());
        ObjectNode t = p.putObject("thresholds");
        number(t, "p99E2eMs", profile.thresholds().p99E2eMs());
        number(t, "p95TtftMs", profile.thresholds().p95TtftMs());
        number(t, "errorRate", profile.thresholds().errorRate());
        number(t, "minRequestsPerSecond", profile.thresholds().minRequestsPerSecond());
        p.putObject("judge").put("alpha", profile.judge().alpha()).put("allowedIncrease", profile.judge().allowedIncrease())
                .put("toleranceMs", profile.judge().toleranceMs());
    }

    private static void metrics(ObjectNode m, LoadMetrics x) {
        m.put("requests", x.requests()).put("failed", x.failed());
        number(m, "errorRate", x.errorRate());
        ObjectNode byStatus = m.putObject("errorsByStatus");
        x.errorsByStatus().forEach((k, v) -> byStatus.put(String.valueOf(k), v));
        ObjectNode byReason = m.putObject("errorsByReason");
        x.errorsByReason().forEach(byReason::put);
        number(m, "durationS", x.durationS());
        number(m, "requestsPerSecond", x.requestsPerSecond());
        number(m, "outputTokensPerSecond", x.outputTokensPerSecond());
        number(m, "goodputPerSecond", x.goodputPerSecond());
        ObjectNode latency = m.putObject("latency");
        for (Metric metric : Metric.values()) distribution(latency.putObject(metric.key()), x.latency().get(metric));
        ArrayNode timeline = m.putArray("timeline");
        for (LoadMetrics.Second s : x.timeline()) {
            ObjectNode o = timeline.addObject().put("second", s.second()).put("requests", s.requests()).put("failed", s.failed());
            number(o, "e2eP50", s.e2e().p50());
            number(o, "e2eP95", s.e2e().p95());
            number(o, "e2eP99", s.e2e().p99());
            number(o, "ttftP50", s.ttft().p50());
            number(o, "ttftP95", s.ttft().p95());
        }
    }

    private static void distribution(ObjectNode o, Distribution d) {
        o.put("count", d.count());
        for (String k : List.of("mean", "min", "p50", "p90", "p95", "p99", "max")) {
            number(o, k, switch (k) {
                case "mean" -> d.mean();
                case "min" -> d.min();
                case "max" -> d.max();
                default -> d.percentile(Integer.parseInt(k.substring(1)));
            });
        }
    }

    private static void comparison(ObjectNode o, MetricComparison c) {
        o.put("metric", c.metric()).put("unit", c.unit()).put("higherIsWorse", c.higherIsWorse())
                .put("baselineCount", c.baselineCount()).put("candidateCount", c.candidateCount());
        number(o, "baselineMedian", c.baselineMedian());
        number(o, "candidateMedian", c.candidateMedian());
        number(o, "shift", c.shift());
        number(o, "relative", c.relative());
        // p-values are often far below 0.001: kept unrounded.
        if (c.pValue() == null) o.putNull("pValue");
        else o.put("pValue", c.pValue());
        o.put("outcome", c.outcome().name()).put("explanation", c.explanation());
    }

    private static void number(ObjectNode o, String key, Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) o.putNull(key);
        else o.put(key, Math.round(v * 1000) / 1000.0);
    }
}
