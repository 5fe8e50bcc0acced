package dev.cutover.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A long run of requests against the mock (wrk runs, bounded by count and time) while this JVM — the mock's —
 * samples its heap right after a full GC every few seconds: live data, not garbage waiting to be collected.
 */
final class MemoryBench {
    record Sample(double seconds, long heapMb) {}

    /** @param requests answered in all wrk runs together */
    record Result(long requests, double seconds, long non2xx, List<Sample> samples) {
        /** Growth of live heap from the first sample under load to the last (the journal fills within the first). */
        long growthMb() {
            return samples.size() < 3 ? 0 : samples.get(samples.size() - 1).heapMb() - samples.get(1).heapMb();
        }
    }

    private static final int RUN_SECONDS = 10;

    private MemoryBench() {}

    static Result run(Wrk wrk, String url, String body, long requests, int maxSeconds, int everySeconds)
            throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Sample> samples = new ArrayList<>();
        long start = System.nanoTime();
        Runnable sample = () -> {
            System.gc();
            synchronized (samples) {
                samples.add(new Sample((System.nanoTime() - start) / 1e9, memory.getHeapMemoryUsage().getUsed() >> 20));
            }
        };
        sample.run();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-heap-sampler");
            t.setDaemon(true);
            return t;
        });
        long done = 0;
        long non2xx = 0;
        long deadline = start + maxSeconds * 1_000_000_000L;
        try {
            timer.scheduleAtFixedRate(sample, everySeconds, everySeconds, TimeUnit.SECONDS);
            // wrk runs for a duration (a Lua thread:stop() does not end it sooner), so count across short runs.
            while (done < requests && System.nanoTime() < deadline) {
                Wrk.Result r = wrk.post(url, body, MockRequests.AUTHORIZATION, RUN_SECONDS);
                done += r.requests();
                non2xx += r.non2xx();
            }
        } finally {
            timer.shutdownNow();
            timer.awaitTermination(10, TimeUnit.SECONDS);
        }
        sample.run();
        synchronized (samples) {
            return new Result(done, (System.nanoTime() - start) / 1e9, non2xx, List.copyOf(samples));
        }
    }
}
