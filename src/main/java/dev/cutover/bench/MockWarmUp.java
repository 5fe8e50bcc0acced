package dev.cutover.bench;

import dev.cutover.mock.MockProvider;
import dev.cutover.overhead.KeepAliveClient;
import dev.cutover.wire.Marker;
import dev.cutover.wire.ProviderScript;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves made-up requests over loopback sockets to a started mock before it says it listens: a fresh JVM otherwise
 * runs the serving path interpreted for its first seconds, at a tenth of its speed and less (measured with
 * {@code cutover bench mock}), which a short load run or a CI job would take for the mock's speed. Real sockets, not
 * an in-memory channel: warmed in memory, the handlers were compiled for heap buffers and thrown away at the first
 * real reads, and the connection's own path (epoll, buffers, the codec) compiled during the first seconds of real
 * traffic with a compiler thread taking most of a core (async-profiler); over sockets the first 10 s went from
 * 0.36 to 0.78 of the ceiling's steady rate. Most requests repeat one body and one in eight is new, so both the copy
 * of a kept answer and the full build of one (the mock's answer templates) are compiled. Used by {@code cutover mock}
 * and the bench's own standalone mock.
 */
public final class MockWarmUp {
    private static final String KEY = "cutover.warm-up";
    /** Client connections open at once, each a thread waiting for one answer at a time. */
    private static final int CLIENTS = 8;
    /** Requests on one connection before its client opens the next. */
    private static final int PER_CONNECTION = 200;

    /**
     * The longest a standalone mock warms up before it says it listens; it stops sooner once the JIT is done
     * ({@link #SETTLED}). A fixed 3 s left the compiler busy under the first seconds of real load on two cores.
     */
    public static final Duration STANDALONE_LIMIT = Duration.ofSeconds(10);
    /** Warm-up is at least this long: the first compilations come in bursts with quiet moments between them. */
    private static final Duration AT_LEAST = Duration.ofSeconds(2);
    /** Settled: the JIT compiled for less than this share of a sampling window, two windows in a row. */
    private static final double SETTLED = 0.05;
    private static final long WINDOW_MS = 250;

    /** How much was served, and in what time. */
    public record Done(int requests, Duration took) {}

    private MockWarmUp() {}

    /**
     * Chat completions, whole and streamed, over loopback sockets to the started mock itself until {@code limit}, before
     * it says it listens. Its script and journal entries are forgotten after, and its timing account starts afresh.
     */
    public static Done overSockets(MockProvider mock, String apiKey, Duration limit) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        mock.script(KEY, ProviderScript.DEFAULT);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        try {
            URI origin = loopback(mock);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Thread t = new Thread(() -> drive(origin, apiKey, deadline, stop, next, served), "cutover-warm-up-" + c);
                t.setDaemon(true);
                t.start();
                clients.add(t);
            }
            untilCompiled(start, deadline);
            stop.set(true);
            for (Thread t : clients) t.join(limit.toMillis() + 3000);
        } catch (IOException | InterruptedException | IllegalArgumentException notWarmed) {
            // A warm-up that cannot run costs only speed; an interrupt is kept for the caller.
            if (notWarmed instanceof InterruptedException) Thread.currentThread().interrupt();
        } finally {
            mock.forget(KEY);
            mock.lateness().takeMicros();
        }
        return new Done(served.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Waits until the JIT has settled — compiling less than {@link #SETTLED} of a {@link #WINDOW_MS} window, twice in a
     * row, after {@link #AT_LEAST} — or until the deadline. Where compile time cannot be read, the deadline alone.
     */
    private static void untilCompiled(long start, long deadline) throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean readable = jit != null && jit.isCompilationTimeMonitoringSupported();
        long compiled = readable ? jit.getTotalCompilationTime() : 0;
        int quiet = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(WINDOW_MS);
            if (!readable) continue;
            long now = jit.getTotalCompilationTime();
            quiet = now - compiled < SETTLED * WINDOW_MS ? quiet + 1 : 0;
            compiled = now;
            if (quiet >= 2 && System.nanoTime() - start >= AT_LEAST.toNanos()) return;
        }
    }

    /** The mock's origin, on the loopback address when it listens on every interface. */
    private static URI loopback(MockProvider mock) throws IOException {
        URI base = URI.create(mock.baseUrl());
        InetAddress host = InetAddress.getByName(base.getHost().replace("[", "").replace("]", ""));
        return host.isAnyLocalAddress() ? URI.create("http://127.0.0.1:" + base.getPort()) : base;
    }

    /**
     * Kept-alive connections, one request at a time, each answer read to its end; a new connection every
     * {@link #PER_CONNECTION} requests, as a load generator's runs open and close theirs: warmed on connections that
     * never closed, the accept, read and close paths met branches under the first real load that the JIT had compiled
     * as never taken, and threw that code away (uncommon traps in the epoll reader, seen with {@code -XX:+LogCompilation}).
     */
    private static void drive(URI origin, String apiKey, long deadline, AtomicBoolean stop, AtomicInteger next,
                              AtomicInteger served) {
        byte[] whole = request(origin, false, "", apiKey);
        byte[] stream = request(origin, true, "", apiKey);
        while (System.nanoTime() < deadline && !stop.get()) {
            try (KeepAliveClient client = new KeepAliveClient(origin, 2000)) {
                for (int i = 0; i < PER_CONNECTION && System.nanoTime() < deadline && !stop.get(); i++) {
                    int n = next.getAndIncrement();
                    boolean fresh = n % 16 == 6 || n % 16 == 7;
                    client.send(fresh ? request(origin, n % 4 == 3, " " + n, apiKey) : n % 4 == 3 ? stream : whole);
                    served.incrementAndGet();
                }
            } catch (IOException ended) {
                return; // this client's warm-up is over; what it served counts
            }
        }
    }

    private static byte[] request(URI origin, boolean stream, String variant, String apiKey) {
        return MockRequests.post(origin, "Bearer " + apiKey, "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"Say hello" + variant + " " + Marker.tag(KEY) + "\"}]" + (stream ? ",\"stream\":true" : "") + "}").bytes();
    }
}
