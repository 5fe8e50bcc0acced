package dev.cutover.load;

import dev.cutover.load.LoadProfile.Slo;
import dev.cutover.stats.Distribution;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run's samples say: latency distributions, throughput, errors by status and reason, goodput.
 * Latencies count successful requests only; a failed request is an error, not a fast answer.
 *
 * @param durationS        from the first request issued to the last answer in
 * @param errorsByStatus   HTTP status (0: no response) → failed requests
 * @param goodputPerSecond successful requests meeting every SLO, per second; null when the profile sets no SLO
 * @param timeline         one entry per second of the run, by when requests were issued
 */
public record LoadMetrics(
        int requests,
        int failed,
        double errorRate,
        Map<Integer, Integer> errorsByStatus,
        Map<String, Integer> errorsByReason,
        double durationS,
        double requestsPerSecond,
        double outputTokensPerSecond,
        Double goodputPerSecond,
        Map<Metric, Distribution> latency,
        List<Second> timeline) {

    /** One second of the run: requests issued in it, how many failed, and e2e / TTFT percentiles of the successful ones. */
    public record Second(int second, int requests, int failed, Distribution e2e, Distribution ttft) {}

    public static LoadMetrics of(List<Sample> samples, Slo slo) {
        if (samples.isEmpty()) {
            Map<Metric, Distribution> none = new EnumMap<>(Metric.class);
            for (Metric m : Metric.values()) none.put(m, Distribution.EMPTY);
            return new LoadMetrics(0, 0, 0, Map.of(), Map.of(), 0, 0, 0, null, none, List.of());
        }
        long first = Long.MAX_VALUE;
        double last = Long.MIN_VALUE;
        int failed = 0;
        long tokens = 0;
        int good = 0;
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byReason = new TreeMap<>();
        for (Sample s : samples) {
            first = Math.min(first, s.startMs());
            last = Math.max(last, s.startMs() + s.e2eMs());
            if (!s.ok()) {
                failed++;
                byStatus.merge(s.status(), 1, Integer::sum);
                byReason.merge(s.error(), 1, Integer::sum);
                continue;
            }
            tokens += s.outputTokens();
            if (meets(s, slo)) good++;
        }
        double seconds = Math.max(0.001, (last - first) / 1000.0);
        Map<Metric, Distribution> latency = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) latency.put(m, Distribution.of(values(samples, m)));
        boolean sloSet = slo.ttftMs() != null || slo.tpotMs() != null || slo.e2eMs() != null;
        return new LoadMetrics(samples.size(), failed, failed / (double) samples.size(), byStatus, byReason, seconds,
                (samples.size() - failed) / seconds, tokens / seconds, sloSet ? good / seconds : null, latency,
                timeline(samples, first));
    }

    /** The successful samples' values of one metric; ITL pools every gap of every stream. */
    public static List<Double> values(List<Sample> samples, Metric m) {
        List<Double> out = new ArrayList<>();
        for (Sample s : samples) {
            if (!s.ok()) continue;
            switch (m) {
                case E2E -> out.add(s.e2eMs());
                case TTFT -> { if (s.ttftMs() != null) out.add(s.ttftMs()); }
                case ITL -> out.addAll(s.itlMs());
                case TPOT -> { if (s.tpotMs() != null) out.add(s.tpotMs()); }
            }
        }
        return out;
    }

    /** vLLM's goodput: a request is good when it meets every SLO that applies to it (TTFT and TPOT only to streams). */
    static boolean meets(Sample s, Slo slo) {
        if (slo.e2eMs() != null && s.e2eMs() > slo.e2eMs()) return false;
        if (slo.ttftMs() != null && s.ttftMs() != null && s.ttftMs() > slo.ttftMs()) return false;
        Double tpot = s.tpotMs();
        return slo.tpotMs() == null || tpot == null || tpot <= slo.tpotMs();
    }

    private static List<Second> timeline(List<Sample> samples, long first) {
        Map<Integer, List<Sample>> bySecond = new TreeMap<>();
        for (Sample s : samples) bySecond.computeIfAbsent((int) ((s.startMs() - first) / 1000), k -> new ArrayList<>()).add(s);
        List<Second> out = new ArrayList<>();
        bySecond.forEach((sec, list) -> out.add(new Second(sec, list.size(), (int) list.stream().filter(s -> !s.ok()).count(),
                Distribution.of(values(list, Metric.E2E)), Distribution.of(values(list, Metric.TTFT)))));
        return out;
    }

    /** The samples issued after the warm-up: the ones every figure is made of. */
    public static List<Sample> afterWarmup(List<Sample> samples, int warmupSeconds) {
        if (warmupSeconds == 0 || samples.isEmpty()) return samples;
        long first = samples.stream().mapToLong(Sample::startMs).min().orElseThrow();
        long from = first + warmupSeconds * 1000L;
        return samples.stream().filter(s -> s.startMs() >= from).toList();
    }

    /** Successful requests completed in each whole second of the run, for comparing throughput as a distribution. */
    public static List<Double> completionsPerSecond(List<Sample> samples) {
        if (samples.isEmpty()) return List.of();
        long first = samples.stream().mapToLong(Sample::startMs).min().orElseThrow();
        Map<Integer, Integer> counts = new TreeMap<>();
        int lastSecond = 0;
        for (Sample s : samples) {
            int sec = (int) ((s.startMs() + s.e2eMs() - first) / 1000);
            lastSecond = Math.max(lastSecond, sec);
            if (s.ok()) counts.merge(sec, 1, Integer::sum);
        }
        List<Double> out = new ArrayList<>();
        // The last second is partial (the run ends inside it): leave it out rather than count it as a slump.
        for (int sec = 0; sec < lastSecond; sec++) out.add((double) counts.getOrDefault(sec, 0));
        return out;
    }
}
