package dev.cutover.overhead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cutover.mock.MockOptions;
import dev.cutover.run.Session;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overhead probe against a test gateway that adds a known delay D. The test gateway is itself a
 * proxy with a cost of its own (one more loopback hop and a copy, ≈0.1–0.3 ms here), so the injected
 * delay is measured the way a user compares two gateways: the D-ms proxy against the same proxy with
 * D = 0, both over the same mock. The reported added latency and added time to first token (medians of
 * paired differences) must be D within ±0.3 ms.
 */
class OverheadIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final double TOLERANCE_MS = 0.3;
    // Enough pairs that the median of a noisy 2-core machine settles; the time limit only guards a hang.
    private static final PairedProbe.Options OPTIONS = new PairedProbe.Options(400, 100, Duration.ofSeconds(60), true, 10_000);

    @TempDir
    Path dir;

    @Test
    void reportsAKnownInjectedDelayWithinATenthOfAMillisecondOrThree() throws Exception {
        // Measured here: at a load average of ≈3 on 2 cores the reported p50 was D + 0.1–0.26 ms; at 3.6–3.8
        // (other builds beside it) D + 1.6–1.8 ms; at 12–17 the stand-in itself ran 0.5 ms late at D = 2 ms. A
        // sub-millisecond proof needs cores to run on.
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        assumeTrue(load <= 1.5 * cores, () -> "machine oversubscribed (load average " + load + " on " + cores
                + " cores): a ±0.3 ms timing proof would measure the machine, not the probe");
        try (Session direct = Session.open(PROJECT.resolve("targets/direct-mock.yaml"), MockOptions.defaults());
             DelayProxy zero = DelayProxy.start(direct.mock().port(), 0);
             Session plainProxy = Session.open(profile(zero, 0), direct.mock())) {
            OverheadResult none = probe(plainProxy, 0);
            OverheadResult two = probe(plainProxy, 2);
            OverheadResult five = probe(plainProxy, 5);
            for (OverheadResult r : new OverheadResult[] {none, two, five}) System.out.print(OverheadReport.table(r));

            assertNear(0, none);
            assertNear(2, two);
            assertNear(5, five);
            // The same check fails where it must: a 2 ms gateway is not reported as a 5 ms one, nor the reverse.
            assertTrue(Math.abs(two.latency().added().p50() - 5) > TOLERANCE_MS, "2 ms passed for 5 ms");
            assertTrue(Math.abs(five.latency().added().p50() - 2) > TOLERANCE_MS, "5 ms passed for 2 ms");
        }
    }

    private static void assertNear(double delayMs, OverheadResult r) {
        assertEquals(0, r.failures(), () -> "failures: " + r.firstFailure());
        assertEquals(OPTIONS.pairs(), r.pairs(), "every pair recorded");
        assertEquals(delayMs, r.latency().added().p50(), TOLERANCE_MS, "added latency p50 with D = " + delayMs + " ms");
        assertEquals(delayMs, r.ttft().added().p50(), TOLERANCE_MS, "added TTFT p50 with D = " + delayMs + " ms");
    }

    /** The delaying proxy against the same proxy without delay, both in front of the baseline's mock. */
    private OverheadResult probe(Session baseline, double delayMs) throws Exception {
        try (DelayProxy proxy = DelayProxy.start(baseline.mock().port(), delayMs);
             Session gateway = Session.open(profile(proxy, delayMs), baseline.mock())) {
            return PairedProbe.between(baseline, gateway, OPTIONS);
        }
    }

    private Path profile(DelayProxy proxy, double delayMs) throws Exception {
        return proxy.writeProfile(dir, "delay-proxy-" + (int) delayMs + "ms-" + proxy.port());
    }
}
