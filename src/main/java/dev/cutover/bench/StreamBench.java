package dev.cutover.bench;

import dev.cutover.overhead.ProbeRequest;
import dev.cutover.stats.Distribution;
import java.io.IOException;
import java.util.Random;
import org.HdrHistogram.Histogram;

/**
 * Many concurrent streams from the mock, each client on its own kept-alive connection ({@link StreamClients},
 * all on one thread). Either
 * all clients start at once (a burst: how many streams can be open together), or, staggered, each starts
 * at a random moment within one stream's length and then runs its streams back to back, so that the mock
 * holds the given number of streams open in a steady state rather than a thundering herd of connects.
 * Every token event is stamped with {@code System.nanoTime} as its bytes are read; the error of a stream's TTFT is
 * (request written → first token) − configured TTFT, and of each gap (token i−1 → token i) − configured gap.
 */
final class StreamBench {
    /**
     * Errors are |actual − configured| in microseconds, read as milliseconds; {@code streams} counts every stream run,
     * {@code peakOpen} the most clients connected at one moment.
     *
     * @param fresh  TTFT error of each client's first stream: it also holds the server's accepting of a new connection;
     *               a gateway keeps its provider connections alive, so the others ({@code reused}) are the steady state
     */
    record Result(int streams, int completed, int peakOpen, double seconds, Histogram ttft, Histogram fresh,
                  Histogram reused, Histogram gaps) {
        Distribution ttftError() {
            return Distribution.of(ttft, 1000);
        }

        Distribution ttftFreshError() {
            return Distribution.of(fresh, 1000);
        }

        Distribution ttftReusedError() {
            return Distribution.of(reused, 1000);
        }

        Distribution gapError() {
            return Distribution.of(gaps, 1000);
        }

        /** This run and another of the same shape as one sample: counts add, the peak is the lower of the two. */
        Result plus(Result o) {
            return new Result(streams + o.streams, completed + o.completed, Math.min(peakOpen, o.peakOpen), seconds + o.seconds,
                    sum(ttft, o.ttft), sum(fresh, o.fresh), sum(reused, o.reused), sum(gaps, o.gaps));
        }

        private static Histogram sum(Histogram a, Histogram b) {
            Histogram s = a.copy();
            s.add(b);
            return s;
        }
    }

    private StreamBench() {}

    /** @param perClient streams each client runs one after another; with {@code staggered} false all start together */
    static Result run(StreamServer server, String key, int streams, int ttftMs, int gapMs, int words, int perClient,
                      boolean staggered) throws IOException {
        ProbeRequest request = server.prepare(key, ttftMs, gapMs, words);
        long streamNanos = (ttftMs + (long) gapMs * (words - 1)) * 1_000_000L;
        long[] starts = new long[streams];
        Random random = new Random(42);
        if (staggered) for (int i = 0; i < streams; i++) starts[i] = (long) (random.nextDouble() * streamNanos);
        long limit = streamNanos * (perClient + 1) + 30_000_000_000L;
        long start = System.nanoTime();
        StreamClients.Outcome outcome = StreamClients.run(request.origin(), request.bytes(), starts, perClient, limit);
        double seconds = (System.nanoTime() - start) / 1e9;
        server.done(key);
        long[][] arrivals = outcome.tokens();

        Histogram ttft = new Histogram(3);
        Histogram gaps = new Histogram(3);
        Histogram fresh = new Histogram(3);
        Histogram reused = new Histogram(3);
        int completed = 0;
        for (int n = 0; n < arrivals.length; n++) {
            long[] a = arrivals[n];
            if (a == null || a.length != words) continue;
            completed++;
            long errorUs = Math.abs(a[0] - ttftMs * 1_000_000L) / 1000;
            ttft.recordValue(errorUs);
            (n % perClient == 0 ? fresh : reused).recordValue(errorUs);
            for (int i = 1; i < a.length; i++) gaps.recordValue(Math.abs(a[i] - a[i - 1] - gapMs * 1_000_000L) / 1000);
        }
        return new Result(streams * perClient, completed, outcome.peakOpen(), seconds, ttft, fresh, reused, gaps);
    }
}
