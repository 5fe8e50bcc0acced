package dev.cutover.bench;

import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.stats.Distribution;
import dev.cutover.wire.ProviderScript;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the mock provider can ever be the bottleneck of a gateway test, measured side by side in one
 * run: wrk against a bare JDK HttpServer serving the very bytes the mock answers, then against the mock
 * (same threads, connections, duration, alternating rounds); concurrent timed streams; open streams;
 * live heap over a long run. Prints each figure with the command that produced it.
 */
public final class MockBench {
    /** The bars from the issue: throughput ratio, timing error, open streams, heap growth. */
    static final double MIN_RATIO = 0.5;
    static final double MAX_TIMING_ERROR_MS = 2.0;
    static final long MAX_HEAP_GROWTH_MB = 32;
    /** Each timed-stream client runs this many streams back to back, so the 200 overlap in a steady state. */
    static final int STREAMS_PER_CLIENT = 3;
    static final int WARMUP_SECONDS = 10;

    /** The parts of the benchmark, each with its own bars; wrk is needed for throughput and memory. */
    public enum Part { THROUGHPUT, STREAMS, MEMORY }

    public record Options(int threads, int connections, int seconds, int rounds, int streams, int ttftMs, int gapMs,
                          int words, int openStreams, long memoryRequests, int memorySeconds, Set<Part> parts) {}

    private final Options o;
    private final PrintStream out;

    private MockBench(Options options, PrintStream out) {
        this.o = options;
        this.out = out;
    }

    public static boolean wrkInstalled() {
        return Wrk.available();
    }

    /** Runs everything; true when every bar is met. */
    public static boolean run(Options options, PrintStream out) throws Exception {
        return new MockBench(options, out).run();
    }

    private boolean run() throws Exception {
        out.printf(Locale.ROOT, "cutover bench mock — %d cores, load average %.2f, %s %s, collectors %s%n",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
        boolean met = true;
        try (MockProvider mock = MockProvider.start(MockOptions.defaults())) {
            String key = "bench.plain";
            mock.script(key, ProviderScript.DEFAULT);
            String body = MockRequests.body(key, false);
            String url = mock.baseUrl() + "/v1/chat/completions";
            if (o.parts().contains(Part.THROUGHPUT)) {
                HttpResponse<byte[]> sample = sampleAnswer(url, body);
                try (BareServer bare = new BareServer(sample.body(),
                        sample.headers().firstValue("content-type").orElse("application/json"))) {
                    met &= throughput(bare.baseUrl() + "/v1/chat/completions", url, body, sample.body().length);
                }
            }
            if (o.parts().contains(Part.STREAMS)) met &= streams(mock);
            if (o.parts().contains(Part.MEMORY)) met &= memory(url, body);
        }
        String which = o.parts().size() == Part.values().length ? "" : " of " + o.parts();
        out.println(met ? "\nall bars" + which + " met" : "\nNOT all bars" + which + " met");
        return met;
    }

    private boolean throughput(String bareUrl, String mockUrl, String body, int bytes) throws Exception {
        Wrk wrk = new Wrk(o.threads(), o.connections());
        out.printf(Locale.ROOT, "%nnon-streaming chat completion (%d-byte answer), wrk -t%d -c%d -d%ds, POST, after a 3 s warm-up each%n",
                bytes, o.threads(), o.connections(), o.seconds());
        wrk.post(bareUrl, body, MockRequests.AUTHORIZATION, 3);
        wrk.post(mockUrl, body, MockRequests.AUTHORIZATION, 3);
        double bareSum = 0;
        double mockSum = 0;
        for (int round = 1; round <= o.rounds(); round++) {
            Wrk.Result b = wrk.post(bareUrl, body, MockRequests.AUTHORIZATION, o.seconds());
            Wrk.Result m = wrk.post(mockUrl, body, MockRequests.AUTHORIZATION, o.seconds());
            line("bare JDK HttpServer", round, b);
            line("mock provider", round, m);
            bareSum += b.requestsPerSecond();
            mockSum += m.requestsPerSecond();
        }
        double ratio = mockSum / bareSum;
        out.printf(Locale.ROOT, "  ratio mock / bare: %.2f (bar ≥ %.2f) %s%n", ratio, MIN_RATIO, mark(ratio >= MIN_RATIO));
        return ratio >= MIN_RATIO;
    }

    private void line(String who, int round, Wrk.Result r) {
        out.printf(Locale.ROOT, "  round %d %-20s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  non-2xx %d  socket errors %s%n",
                round, who, r.requestsPerSecond(), r.p50Ms(), r.p99Ms(), r.non2xx(), r.socketErrors());
    }

    private boolean streams(MockProvider mock) throws IOException {
        out.printf(Locale.ROOT, "%nstreaming: %d concurrent clients × %d streams each (staggered starts, kept-alive), TTFT %d ms, "
                + "%d tokens %d ms apart; one NIO client thread, nanoTime per read%n", o.streams(), STREAMS_PER_CLIENT, o.ttftMs(), o.words(), o.gapMs());
        // Not counted: the first streams and connections would measure the JIT compiling their paths, not the mock.
        // Rounds until the JIT has had WARMUP_SECONDS: in a shorter warm-up its compiler threads still take a core.
        int warmStreams = 0;
        long warmStart = System.nanoTime();
        while (System.nanoTime() - warmStart < WARMUP_SECONDS * 1_000_000_000L) {
            warmStreams += StreamBench.run(mock, "bench.warmup", o.streams() * 5, 5, 2, 10, 1, true).streams();
            warmStreams += StreamBench.run(mock, "bench.warmup", o.streams(), 5, 2, 10, 5, true).streams();
        }
        out.printf(Locale.ROOT, "  warm-up: %d short streams (TTFT 5 ms, 10 tokens 2 ms apart; a new connection for 5 in 6) in %.1f s, not counted%n",
                warmStreams, (System.nanoTime() - warmStart) / 1e9);
        mock.lateness().takeMicros();
        StreamBench.Result r = StreamBench.run(mock, "bench.streams", o.streams(), o.ttftMs(), o.gapMs(), o.words(),
                STREAMS_PER_CLIENT, true);
        Distribution late = Distribution.of(mock.lateness().takeMicros(), 1000);
        boolean timing = r.completed() == r.streams() && r.peakOpen() == o.streams() && r.ttftError().p99() <= MAX_TIMING_ERROR_MS
                && r.gapError().p99() <= MAX_TIMING_ERROR_MS;
        out.printf(Locale.ROOT, "  completed %d/%d, peak open %d%n", r.completed(), r.streams(), r.peakOpen());
        spread("|TTFT − configured|", r.ttftError());
        spread("  on a new connection", r.ttftFreshError());
        spread("  on a kept-alive one", r.ttftReusedError());
        spread("|gap − configured|", r.gapError());
        spread("mock's own lateness", late);
        out.printf(Locale.ROOT, "  p99 within ±%.0f ms %s%n", MAX_TIMING_ERROR_MS, mark(timing));

        // Long streams, so that all of them are still open when the last of a slow burst of connects gets in.
        int ttft = 2000;
        int gap = 200;
        int words = 10;
        out.printf(Locale.ROOT, "%nopen streams: %d started at once (a burst of connects), TTFT %d ms, %d tokens %d ms apart%n",
                o.openStreams(), ttft, words, gap);
        StreamBench.Result open = StreamBench.run(mock, "bench.open", o.openStreams(), ttft, gap, words, 1, false);
        boolean allOpen = open.completed() == o.openStreams() && open.peakOpen() == o.openStreams();
        out.printf(Locale.ROOT, "  completed %d/%d, peak open %d, %.1f s %s%n", open.completed(), open.streams(),
                open.peakOpen(), open.seconds(), mark(allOpen));
        spread("|TTFT − configured|", open.ttftError());
        spread("|gap − configured|", open.gapError());
        return timing && allOpen;
    }

    private void spread(String what, Distribution s) {
        out.printf(Locale.ROOT, "  %-22s p50 %6.3f ms  p99 %6.3f ms  max %7.3f ms  (%d samples)%n", what, s.p50(), s.p99(), s.max(), s.count());
    }

    private boolean memory(String url, String body) throws Exception {
        Wrk wrk = new Wrk(o.threads(), o.connections());
        out.printf(Locale.ROOT, "%nmemory: %,d requests, wrk -t%d -c%d in 10 s runs until the count (or %d s), heap after full GC every 5 s%n",
                o.memoryRequests(), o.threads(), o.connections(), o.memorySeconds());
        MemoryBench.Result r = MemoryBench.run(wrk, url, body, o.memoryRequests(), o.memorySeconds(), 5);
        StringBuilder s = new StringBuilder("  heap MB:");
        for (MemoryBench.Sample x : r.samples()) s.append(String.format(Locale.ROOT, " %.0fs=%d", x.seconds(), x.heapMb()));
        out.println(s);
        boolean count = r.requests() >= o.memoryRequests();
        boolean flat = r.growthMb() <= MAX_HEAP_GROWTH_MB;
        out.printf(Locale.ROOT, "  %,d requests in %.0f s (with a full GC every 5 s), non-2xx %d %s%n", r.requests(),
                r.seconds(), r.non2xx(), mark(count));
        out.printf(Locale.ROOT, "  growth after the first sample under load: %d MB (bar ≤ %d MB) %s%n", r.growthMb(),
                MAX_HEAP_GROWTH_MB, mark(flat));
        return count && flat;
    }

    private static HttpResponse<byte[]> sampleAnswer(String url, String body) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("content-type", "application/json").header("authorization", MockRequests.AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IllegalStateException("the mock answered " + r.statusCode() + " to the bench request");
        return r;
    }

    private static String mark(boolean ok) {
        return ok ? "OK" : "MISSED";
    }
}
