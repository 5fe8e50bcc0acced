package dev.cutover.bench;

import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.mock.RemoteMock;
import dev.cutover.stats.Distribution;
import dev.cutover.wire.ProviderScript;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the mock provider can ever be the bottleneck of a gateway test, measured side by side in one
 * run: throughput against a minimal Netty server and WireMock ({@link ThroughputBench}); concurrent timed streams;
 * open streams; live heap over a long run. Prints each figure with the command that produced it.
 */
public final class MockBench {
    /** The memory bar (throughput's are {@link ThroughputBench}'s, the streams' {@link StreamsBench}'s). */
    static final long MAX_HEAP_GROWTH_MB = 32;

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
        if (o.parts().contains(Part.THROUGHPUT)) met &= new ThroughputBench(new Wrk(o.threads(), o.connections()), o.seconds(), o.rounds(), out).run();
        try (MockProvider mock = MockProvider.start(MockOptions.defaults())) {
            String key = "bench.plain";
            mock.script(key, ProviderScript.DEFAULT);
            String body = MockRequests.body(key, false);
            String url = mock.baseUrl() + "/v1/chat/completions";
            // In-process, then a standalone mock in a JVM of its own holding the open streams: 10,000 of them need
            // 20,000 descriptors, more than one process may have on many machines.
            if (o.parts().contains(Part.STREAMS)) {
                try (StreamCeiling ceiling = new StreamCeiling()) {
                    met &= new StreamsBench(o, out).run("in-process (this JVM)", StreamServer.ceiling(ceiling.port()), mock, 0);
                }
            }
            if (o.parts().contains(Part.MEMORY)) met &= memory(url, body);
        }
        if (o.parts().contains(Part.STREAMS)) {
            try (ServerProcess ceiling = ServerProcess.start("stream-ceiling");
                 ServerProcess standalone = ServerProcess.start("mock", "bench.plain");
                 RemoteMock remote = new RemoteMock(standalone.url(""), null, MockOptions.keyFromEnvironment())) {
                met &= new StreamsBench(o, out).run("standalone (each server a JVM of its own)",
                        StreamServer.ceiling(ceiling.port()), remote, o.openStreams());
            }
        }
        String which = o.parts().size() == Part.values().length ? "" : " of " + o.parts();
        out.println(met ? "\nall bars" + which + " met" : "\nNOT all bars" + which + " met");
        return met;
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

    static String mark(boolean ok) {
        return ok ? "OK" : "MISSED";
    }
}
