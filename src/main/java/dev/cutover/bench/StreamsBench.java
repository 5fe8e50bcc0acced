package dev.cutover.bench;

import dev.cutover.mock.ScriptedProvider;
import dev.cutover.stats.Distribution;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Whether the mock keeps scripted stream timing, measured beside a streaming ceiling ({@link StreamCeiling}) in the same
 * place — the bench's own JVM, or JVMs of their own as a gateway test on another machine sees them: concurrent timed
 * streams, their TTFT error split by new and kept-alive connections, then many streams open at once. The ceiling says
 * how punctual this machine lets any JVM server be under the same client, so a missed bar reads as the mock's or the
 * machine's.
 */
final class StreamsBench {
    /** The bars from the issue: TTFT and gap error p99, on new and kept-alive connections alike. */
    static final double MAX_TIMING_ERROR_MS = 1.0;
    /** Each timed-stream client runs this many streams back to back, so the clients overlap in a steady state. */
    static final int STREAMS_PER_CLIENT = 3;
    static final int WARMUP_SECONDS = 10;

    private final MockBench.Options o;
    private final PrintStream out;

    StreamsBench(MockBench.Options options, PrintStream out) {
        this.o = options;
        this.out = out;
    }

    /**
     * Timed streams on the streaming ceiling and on the mock, both in the same place (this JVM or JVMs of their own),
     * each warmed up first, then in the order ceiling, mock, mock, ceiling so that drift on a shared machine falls on
     * both; then open streams on the mock when {@code openStreams} is positive. True when the mock's bars are met.
     */
    boolean run(String where, StreamServer ceiling, ScriptedProvider mock, int openStreams) throws IOException {
        out.printf(Locale.ROOT, "%nstreaming, %s: %d concurrent clients × %d streams each (staggered starts, kept-alive), TTFT %d ms, "
                + "%d tokens %d ms apart; one NIO client thread, nanoTime per read%n", where, o.streams(),
                STREAMS_PER_CLIENT, o.ttftMs(), o.words(), o.gapMs());
        StreamServer mocked = StreamServer.mock(mock);
        out.printf(Locale.ROOT, "  warm-up, not counted: short streams (TTFT 5 ms, 10 tokens 2 ms apart; a new connection for 5 in 6), "
                + "netty ceiling %.1f s, mock %.1f s%n", warmUp(ceiling), warmUp(mocked));
        StreamBench.Result c = timed("round 1 netty ceiling", ceiling, null);
        Histogram late = new Histogram(3);
        StreamBench.Result m = timed("round 1 mock", mocked, mock, late).plus(timed("round 2 mock", mocked, mock, late));
        c = c.plus(timed("round 2 netty ceiling", ceiling, null));
        out.printf(Locale.ROOT, "  both rounds, netty ceiling (the same events as fixed bytes): completed %d/%d%n", c.completed(), c.streams());
        spreads(c);
        out.printf(Locale.ROOT, "  both rounds, mock: completed %d/%d%n", m.completed(), m.streams());
        spreads(m);
        if (mock.embedded()) spread("  mock's own lateness", Distribution.of(late, 1000));
        boolean timing = punctual(m);
        out.printf(Locale.ROOT, "  mock p99 within ±%.0f ms, new and kept-alive connections alike %s (the ceiling %s)%n",
                MAX_TIMING_ERROR_MS, MockBench.mark(timing), punctual(c) ? "meets it" : "misses it too");
        boolean allOpen = openStreams <= 0 || open(mock, openStreams);
        return timing && allOpen;
    }

    /** Every stream completed, all open at once in every round, and the timing errors within the bar. */
    private boolean punctual(StreamBench.Result r) {
        return r.completed() == r.streams() && r.peakOpen() == o.streams() && r.ttftFreshError().p99() <= MAX_TIMING_ERROR_MS
                && r.ttftReusedError().p99() <= MAX_TIMING_ERROR_MS && r.gapError().p99() <= MAX_TIMING_ERROR_MS;
    }

    private StreamBench.Result timed(String name, StreamServer server, ScriptedProvider mock) throws IOException {
        return timed(name, server, mock, null);
    }

    /** One round of timed streams on a warmed server, one line; {@code late} gathers the mock's own lateness. */
    private StreamBench.Result timed(String name, StreamServer server, ScriptedProvider mock, Histogram late) throws IOException {
        settle();
        if (mock != null) mock.lateness().takeMicros();
        StreamBench.Result r = StreamBench.run(server, "bench.streams", o.streams(), o.ttftMs(), o.gapMs(), o.words(),
                STREAMS_PER_CLIENT, true);
        if (late != null && mock.embedded()) late.add(mock.lateness().takeMicros());
        out.printf(Locale.ROOT, "  %-22s TTFT p99 %7.3f ms new / %7.3f ms kept-alive, gap p99 %7.3f ms; completed %d/%d, peak open %d%n",
                name, r.ttftFreshError().p99(), r.ttftReusedError().p99(), r.gapError().p99(), r.completed(), r.streams(), r.peakOpen());
        return r;
    }

    private void spreads(StreamBench.Result r) {
        spread("  |TTFT − configured|", r.ttftError());
        spread("    on a new connection", r.ttftFreshError());
        spread("    on a kept-alive one", r.ttftReusedError());
        spread("  |gap − configured|", r.gapError());
    }

    /**
     * Not counted: the first streams and connections would measure the JIT compiling their paths, not the server.
     * Rounds until the JIT has had WARMUP_SECONDS: in a shorter warm-up its compiler threads still take a core.
     */
    private double warmUp(StreamServer server) throws IOException {
        long warmStart = System.nanoTime();
        while (System.nanoTime() - warmStart < WARMUP_SECONDS * 1_000_000_000L) {
            StreamBench.run(server, "bench.warmup", o.streams() * 5, 5, 2, 10, 1, true);
            StreamBench.run(server, "bench.warmup", o.streams(), 5, 2, 10, 5, true);
        }
        return (System.nanoTime() - warmStart) / 1e9;
    }

    /**
     * Collects the warm-up's garbage (20,000 streams' worth, most of it the client's) before the timed part: otherwise
     * the collector cycle it calls for runs during the timed streams, on a core the mock and its client need, and shows
     * up as tens of milliseconds of lateness that no gateway test would see from a mock warmed up once.
     */
    private static void settle() {
        System.gc();
    }

    /** Long streams, so that all of them are still open when the last of a burst of connects gets in. */
    private boolean open(ScriptedProvider mock, int streams) throws IOException {
        int ttft = 2000;
        int gap = 200;
        int words = 10;
        out.printf(Locale.ROOT, "%nopen streams: %d started at once (a burst of connects), TTFT %d ms, %d tokens %d ms apart%n",
                streams, ttft, words, gap);
        StreamBench.Result open = StreamBench.run(StreamServer.mock(mock), "bench.open", streams, ttft, gap, words, 1, false);
        boolean allOpen = open.completed() == streams && open.peakOpen() == streams;
        out.printf(Locale.ROOT, "  completed %d/%d, peak open %d, %.1f s %s%n", open.completed(), open.streams(),
                open.peakOpen(), open.seconds(), MockBench.mark(allOpen));
        spread("|TTFT − configured|", open.ttftError());
        spread("|gap − configured|", open.gapError());
        return allOpen;
    }

    private void spread(String what, Distribution s) {
        out.printf(Locale.ROOT, "  %-24s p50 %6.3f ms  p99 %6.3f ms  max %7.3f ms  (%d samples)%n", what, s.p50(), s.p99(), s.max(), s.count());
    }
}
