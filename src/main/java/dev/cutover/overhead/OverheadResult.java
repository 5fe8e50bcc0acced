package dev.cutover.overhead;

import java.lang.management.ManagementFactory;

/**
 * What one overhead probe measured.
 *
 * @param startedAt  ISO-8601, UTC
 * @param pairs      pairs recorded per kind (warm-up excluded)
 * @param stoppedBy  "pairs" when the requested count was reached, "time" when the time limit came first
 * @param latency    non-streaming chat completion, request written → last body byte read
 * @param ttft       streaming chat completion, request written → first event carrying a token; null when
 *                   streaming was not probed
 * @param failures   requests that failed or answered non-2xx (their pairs are dropped)
 * @param reconnects requests that had to open a connection after warm-up (their pairs are dropped too: a
 *                   connect is not the gateway's per-request overhead)
 * @param firstFailure the first failure's description, or null
 * @param standInFor the gateway the probed target only imitates (cutover's stand-in), or null for the real thing:
 *                   a stand-in's overhead is cutover's, not the gateway's, and the report says so
 */
public record OverheadResult(String target, String direct, String startedAt, double durationMs, int warmup,
                             long pairs, String stoppedBy, Comparison latency, Comparison ttft, long failures,
                             long reconnects, String firstFailure, Conditions conditions, String standInFor) {

    /** The same result, for a target that stands in for {@code imitated} (null: a real gateway). */
    public OverheadResult standingInFor(String imitated) {
        return new OverheadResult(target, direct, startedAt, durationMs, warmup, pairs, stoppedBy, latency, ttft, failures,
                reconnects, firstFailure, conditions, imitated);
    }

    /** The machine the figures come from: overhead on a busy 2-core box is not overhead on a quiet 32-core one. */
    public record Conditions(int cores, double loadAverage, String jvm) {
        static Conditions now() {
            return new Conditions(Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        }
    }
}
