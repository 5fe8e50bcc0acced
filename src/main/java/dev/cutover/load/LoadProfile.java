package dev.cutover.load;

import dev.cutover.wire.FirstEvent;
import java.nio.file.Path;
import java.util.List;

/**
 * A load profile from {@code load/*.yaml}: how traffic arrives, what each request asks for, how the
 * scripted provider answers, the hard caps that end every run, and what counts as good enough.
 *
 * @param model      OPEN: requests arrive at a rate whatever the answers' speed; CLOSED: a number of
 *                   users, each sending its next request when its answer is in
 * @param stages     in order; for OPEN rates (or bursts), for CLOSED user counts
 * @param streaming  share of requests sent with {@code stream: true}, 0..1
 * @param promptWords     words in each prompt
 * @param completionWords words the provider answers with (one word = one token for the mock)
 * @param provider   the scripted provider's speed; only used when the target's upstream is cutover's mock
 * @param warmupSeconds requests issued in the run's first seconds are sent but left out of every figure:
 *                   they pay for JIT compilation, connection pools and the gateway's own start
 */
public record LoadProfile(
        String name,
        String description,
        Model model,
        List<Stage> stages,
        int warmupSeconds,
        double streaming,
        int promptWords,
        int completionWords,
        Provider provider,
        Limits limits,
        Slo slo,
        Thresholds thresholds,
        JudgeSettings judge,
        Path file) {

    public enum Model { OPEN, CLOSED }

    /**
     * One step of the load shape. OPEN: {@code from → to} arrivals per second over {@code seconds}
     * (constant when equal), or a burst of {@code from} arrivals at once ({@code seconds} 0).
     * CLOSED: {@code from → to} concurrent users over {@code seconds}.
     */
    public record Stage(double from, double to, int seconds, boolean burst) {}

    /**
     * Time to first token, the pause between tokens and when a stream's first event (the role chunk) goes
     * out, as the mock provider plays them.
     */
    public record Provider(int ttftMs, int tokenGapMs, FirstEvent firstEvent) {
        /**
         * Load runs send the first event with the first token unless told otherwise: real model servers do
         * (vLLM makes its role chunk from the first engine output), and a gateway that holds the first event
         * pays for it on time to first token only then (docs/load.md, "When the first event goes out").
         */
        public static final FirstEvent DEFAULT_FIRST_EVENT = FirstEvent.WITH_FIRST_TOKEN;

        /** How long the provider takes for a whole answer of n tokens: what a non-streaming caller waits. */
        public int generationMs(int tokens) {
            return ttftMs + Math.max(0, tokens - 1) * tokenGapMs;
        }
    }

    /** Hard caps: the run stops at whichever comes first. Every run is bounded. */
    public record Limits(int seconds, int requests, int requestTimeoutMs) {}

    /** Per-request objectives for goodput (vLLM's definition: a request is good when it meets all); null = not set. */
    public record Slo(Double ttftMs, Double tpotMs, Double e2eMs) {
        public static final Slo NONE = new Slo(null, null, null);
    }

    /** Absolute limits a run must keep; each breach is a verdict reason. null = not checked. */
    public record Thresholds(Double p99E2eMs, Double p95TtftMs, Double errorRate, Double minRequestsPerSecond) {
        public static final Thresholds NONE = new Thresholds(null, null, null, null);
    }

    /**
     * How baseline and candidate are compared per metric (Kayenta's judge): a difference counts only when
     * Mann-Whitney finds it at level {@code alpha}, it is larger than {@code toleranceMs}, and the
     * candidate is more than {@code allowedIncrease} (a fraction, 0.1 = 10 %) worse.
     */
    public record JudgeSettings(double alpha, double allowedIncrease, double toleranceMs) {
        public static final JudgeSettings DEFAULT = new JudgeSettings(0.01, 0.10, 2.0);
    }

    /** Seconds the stages take; a burst takes none. */
    public int stageSeconds() {
        return stages.stream().mapToInt(Stage::seconds).sum();
    }
}
