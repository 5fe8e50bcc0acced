package dev.cutover.overhead;

import dev.cutover.run.Session;
import dev.cutover.stats.Distribution;
import dev.cutover.target.Target;
import dev.cutover.wire.ProviderScript;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/**
 * Measures what a gateway adds to a call, against the same call made straight to the provider behind it.
 * Requests go in pairs — one through the gateway, one direct, in random order within the pair so that
 * neither side always gets the warmer caches — one pair at a time, each side on its own kept-alive
 * connection. The first pairs warm up JIT, connections and the gateway and are discarded. It stops at
 * the requested number of pairs or at the time limit, whichever comes first.
 */
public final class PairedProbe {

    /**
     * @param pairs   pairs to record per kind (non-streaming, and streaming if asked)
     * @param warmup  pairs to run first and discard
     * @param limit   wall-clock bound for the whole probe, warm-up included
     * @param stream  also probe streaming time to first token
     */
    public record Options(int pairs, int warmup, Duration limit, boolean stream, int timeoutMs) {
        public Options {
            if (pairs <= 0) throw new IllegalArgumentException("pairs must be positive: " + pairs);
            if (warmup < 0) throw new IllegalArgumentException("warmup must not be negative: " + warmup);
        }
    }

    /** One way to reach the provider: a name for the report and the two requests it is sent. */
    public record Side(String name, ProbeRequest plain, ProbeRequest stream) {}

    private final Side direct;
    private final Side gateway;
    private final Options options;
    private final SplittableRandom random = new SplittableRandom();
    private final Tally latency = new Tally();
    private final Tally ttft = new Tally();
    private long failures;
    private long reconnects;
    private String firstFailure;

    private PairedProbe(Side direct, Side gateway, Options options) {
        this.direct = direct;
        this.gateway = gateway;
        this.options = options;
    }

    public static OverheadResult run(Side direct, Side gateway, Options options) {
        return new PairedProbe(direct, gateway, options).run();
    }

    /**
     * Probes two sessions that share one mock provider (see {@code Session.open(Path, MockProvider)}): the
     * mock answers the probe's marked requests with the default script, JSON or a stream, whichever way
     * they came.
     *
     * @throws IllegalArgumentException when a target cannot be probed (no chat model, a bad header value)
     */
    public static OverheadResult between(Session direct, Session gateway, Options options) {
        String key = "overhead." + UUID.randomUUID().toString().substring(0, 8);
        Side d = side(direct.target(), key);
        Side g = side(gateway.target(), key);
        direct.mock().script(key, ProviderScript.DEFAULT);
        try {
            return run(d, g, options).standingInFor(gateway.target().standInFor());
        } finally {
            direct.mock().forget(key);
        }
    }

    private static Side side(Target target, String key) {
        return new Side(target.name(), ProbeRequest.chat(target, key, false), ProbeRequest.chat(target, key, true));
    }

    private OverheadResult run() {
        Instant startedAt = Instant.now();
        OverheadResult.Conditions conditions = OverheadResult.Conditions.now();
        long start = System.nanoTime();
        long deadline = start + options.limit().toNanos();
        long total = (long) options.warmup() + options.pairs();
        String stoppedBy = "pairs";
        try (KeepAliveClient d = new KeepAliveClient(direct.plain().origin(), options.timeoutMs());
             KeepAliveClient g = new KeepAliveClient(gateway.plain().origin(), options.timeoutMs())) {
            for (long i = 0; i < total; i++) {
                if (System.nanoTime() >= deadline) {
                    stoppedBy = "time";
                    break;
                }
                boolean counted = i >= options.warmup();
                pair(d, direct.plain(), g, gateway.plain(), counted, latency, false);
                if (options.stream()) pair(d, direct.stream(), g, gateway.stream(), counted, ttft, true);
            }
        }
        return new OverheadResult(gateway.name(), direct.name(), startedAt.toString(), (System.nanoTime() - start) / 1e6,
                options.warmup(), latency.pairs(), stoppedBy, latency.comparison(),
                options.stream() ? ttft.comparison() : null, failures, reconnects, firstFailure, conditions, null);
    }

    private void pair(KeepAliveClient d, ProbeRequest dReq, KeepAliveClient g, ProbeRequest gReq, boolean counted,
                      Tally into, boolean firstToken) {
        KeepAliveClient.Answer dAns;
        KeepAliveClient.Answer gAns;
        if (random.nextBoolean()) {
            gAns = call(g, gReq);
            dAns = call(d, dReq);
        } else {
            dAns = call(d, dReq);
            gAns = call(g, gReq);
        }
        if (!counted || dAns == null || gAns == null) return;
        if (dAns.connected() || gAns.connected()) {
            reconnects++;
            return;
        }
        long dNs = firstToken ? dAns.firstTokenNs() : dAns.totalNs();
        long gNs = firstToken ? gAns.firstTokenNs() : gAns.totalNs();
        if (dNs < 0 || gNs < 0) {
            fail("a stream carried no token");
            return;
        }
        into.add(dNs, gNs);
    }

    private KeepAliveClient.Answer call(KeepAliveClient client, ProbeRequest request) {
        try {
            KeepAliveClient.Answer a = client.send(request.bytes());
            if (a.ok()) return a;
            fail("HTTP " + a.status() + " from " + request.origin());
            return null;
        } catch (IOException | RuntimeException e) {
            client.close();
            fail(request.origin() + ": " + e.getMessage());
            return null;
        }
    }

    private void fail(String why) {
        failures++;
        if (firstFailure == null) firstFailure = why;
    }

    /** Both sides of one measure and their paired differences. */
    private static final class Tally {
        private final Histogram direct = new Histogram(3);
        private final Histogram gateway = new Histogram(3);
        private final SignedHistogram added = new SignedHistogram();

        void add(long directNs, long gatewayNs) {
            direct.recordValue(directNs);
            gateway.recordValue(gatewayNs);
            added.record(gatewayNs - directNs);
        }

        long pairs() {
            return added.count();
        }

        Comparison comparison() {
            return new Comparison(Distribution.of(direct, 1e6), Distribution.of(gateway, 1e6), added.summary());
        }
    }
}
