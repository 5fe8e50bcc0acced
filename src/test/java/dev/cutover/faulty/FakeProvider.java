package dev.cutover.faulty;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provider behind the gateway in these tests. The request header {@value #REPLY} picks the answer:
 * {@code json} (default), {@code stream}, {@value #LOCKSTEP} (the same stream, paced by the client, see
 * {@link #clientRead()}), {@code rate-limit}, or {@code reset} (a stream that breaks after two events).
 * Every request it receives is kept so tests can see what the gateway forwarded, and for every stream
 * when it wrote each event.
 */
final class FakeProvider implements AutoCloseable {
    static final String REPLY = "x-fake-reply";
    static final int GAP_MS = 50;
    /** A stream whose next content event is written only once the client has read the one before. */
    static final String LOCKSTEP = "stream-lockstep";
    /**
     * How long a lockstep stream waits for the client to read an event before it goes on without it. Only a
     * gateway that holds events back lets this run out (once per stream); through one that relays them the
     * client reads each within milliseconds. Long enough that no scheduling delay gets near it, short enough
     * that a gateway holding even its headers back answers within the client's 10 s, so the test fails on
     * its check rather than on a timeout.
     */
    static final long LOCKSTEP_WAIT_SECONDS = 5;

    static final String JSON = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o-mini\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hello there\"},"
            + "\"finish_reason\":\"length\"}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}";
    static final String RATE_LIMIT = "{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\","
            + "\"param\":null,\"code\":\"rate_limit_exceeded\"}}";
    static final String USAGE_EVENT = "data: {\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"choices\":[],"
            + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":5,\"total_tokens\":8}}\n\n";
    static final String DONE_EVENT = "data: [DONE]\n\n";
    /** Five content chunks; the last one carries finish_reason "length". */
    static final List<String> CONTENT_EVENTS = List.of(chunk("One", null), chunk(" two", null), chunk(" three", null),
            chunk(" four", null), chunk(" five", "length"));
    static final List<String> STREAM_EVENTS =
            Stream.concat(CONTENT_EVENTS.stream(), Stream.of(USAGE_EVENT, DONE_EVENT)).toList();
    static final String STREAM = String.join("", STREAM_EVENTS);

    /** What reached the provider: method, path with query, headers (as the JDK server names them), body. */
    record Received(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "fake-provider");
        t.setDaemon(true);
        return t;
    });
    final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    /** Per stream answered, when each event had been written and flushed ({@link System#nanoTime()}). */
    final ConcurrentLinkedQueue<List<Long>> streamWrites = new ConcurrentLinkedQueue<>();
    private final Semaphore clientReads = new Semaphore(0);

    FakeProvider() throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The client read one more data event of a {@value #LOCKSTEP} stream. */
    void clientRead() {
        clientReads.release();
    }

    static String chunk(String content, String finishReason) {
        String finish = finishReason == null ? "null" : "\"" + finishReason + "\"";
        return "data: {\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":" + finish + "}]}\n\n";
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = ex.getRequestURI().getRawQuery();
        received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getRawPath() + (query == null ? "" : "?" + query),
                Map.copyOf(ex.getRequestHeaders()), body));
        String reply = ex.getRequestHeaders().getFirst(REPLY);
        switch (reply == null ? "json" : reply) {
            case "stream" -> stream(ex, STREAM_EVENTS, false, false);
            case LOCKSTEP -> stream(ex, STREAM_EVENTS, false, true);
            case "reset" -> stream(ex, CONTENT_EVENTS.subList(0, 2), true, false);
            case "rate-limit" -> {
                ex.getResponseHeaders().set("Retry-After", "7");
                ex.getResponseHeaders().set("retry-after-ms", "7000");
                send(ex, 429, "application/json", RATE_LIMIT);
            }
            default -> {
                ex.getResponseHeaders().set("x-request-id", "req-1");
                send(ex, 200, "application/json", JSON);
            }
        }
    }

    /**
     * Writes the events {@value #GAP_MS} ms apart up to the last content event, or with {@code lockstep} each
     * content event only once the client has read the one before (until a wait runs out; then no more waits).
     */
    private void stream(HttpExchange ex, List<String> events, boolean breakAfter, boolean lockstep) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        List<Long> written = new ArrayList<>();
        clientReads.drainPermits(); // reads counted for an earlier stream (its usage and [DONE] events)
        boolean paced = lockstep;
        for (int i = 0; i < events.size(); i++) {
            if (i > 0 && i < CONTENT_EVENTS.size()) {
                if (paced) paced = awaitClientRead();
                else if (!lockstep) pause();
            }
            out.write(events.get(i).getBytes(StandardCharsets.UTF_8));
            out.flush();
            written.add(System.nanoTime());
        }
        streamWrites.add(List.copyOf(written));
        // Throwing makes the JDK server drop the connection without the closing chunk: a mid-stream reset.
        if (breakAfter) throw new IOException("provider resets the stream on purpose");
        out.close();
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private boolean awaitClientRead() {
        try {
            return clientReads.tryAcquire(LOCKSTEP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(GAP_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
