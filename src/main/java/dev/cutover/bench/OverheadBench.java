package dev.cutover.bench;

import dev.cutover.mock.MockOptions;
import dev.cutover.overhead.DelayProxy;
import dev.cutover.overhead.OverheadReport;
import dev.cutover.overhead.OverheadResult;
import dev.cutover.overhead.PairedProbe;
import dev.cutover.run.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Whether {@code cutover overhead} resolves microseconds: a proxy that adds a known delay D against the same proxy
 * without it, both in front of one mock, measured by the very probe {@code cutover overhead} runs (paired,
 * kept-alive, interleaved). Bar: the reported p50 of added latency within the tolerance of D, and the same at D = 0.
 * Gateways in the Bifrost class publish overheads of 11–59 µs; a probe that cannot tell 50 µs from 0 cannot
 * compare them.
 */
public final class OverheadBench {
    /** What the probe must resolve. */
    public record Options(double delayUs, double toleranceUs, int pairs, int warmup, int seconds) {}

    private OverheadBench() {}

    /** True when the known delay and the zero delay are both reported within the tolerance. */
    public static boolean run(Options o, PrintStream out) throws IOException {
        out.printf(Locale.ROOT, "%noverhead probe against a known delay: a proxy adding %.0f µs (spinning, from each request's last byte) "
                + "against the same proxy adding none, one mock behind both; %d pairs after %d warm-up pairs, non-streaming "
                + "and streaming%n", o.delayUs(), o.pairs(), o.warmup());
        Path dir = Files.createTempDirectory("cutover-bench-overhead-");
        PairedProbe.Options probe = new PairedProbe.Options(o.pairs(), o.warmup(), Duration.ofSeconds(o.seconds()), true, 10_000);
        try (Session direct = Session.open(DelayProxy.writeProfile(dir, "direct", "direct", "${mock.url}"), MockOptions.defaults());
             DelayProxy zero = DelayProxy.start(direct.mock().port(), 0);
             Session plain = Session.open(zero.writeProfile(dir, "proxy-0us"), direct.mock())) {
            boolean none = check(out, probe, plain, 0, o.toleranceUs(), dir);
            boolean known = check(out, probe, plain, o.delayUs(), o.toleranceUs(), dir);
            return none && known;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static boolean check(PrintStream out, PairedProbe.Options probe, Session plain, double delayUs, double toleranceUs,
                                 Path dir) throws IOException {
        try (DelayProxy proxy = DelayProxy.start(plain.mock().port(), delayUs / 1000);
             Session delaying = Session.open(proxy.writeProfile(dir, "proxy-" + (int) delayUs + "us"), plain.mock())) {
            OverheadResult r = PairedProbe.between(plain, delaying, probe);
            out.print(OverheadReport.table(r));
            double latencyUs = r.latency().added().p50() * 1000;
            double ttftUs = r.ttft().added().p50() * 1000;
            boolean met = r.failures() == 0 && Math.abs(latencyUs - delayUs) <= toleranceUs && Math.abs(ttftUs - delayUs) <= toleranceUs;
            out.printf(Locale.ROOT, "  injected %.0f µs: reported added latency p50 %.1f µs, added TTFT p50 %.1f µs (bar: within ±%.0f µs) %s%n",
                    delayUs, latencyUs, ttftUs, toleranceUs, MockBench.mark(met));
            return met;
        }
    }
}
