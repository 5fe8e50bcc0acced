package dev.cutover.http;

import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.SseLines;
import dev.cutover.wire.SseReader;
import dev.cutover.wire.Timings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends one exchange — a plain call or a stream — and observes everything that comes back, whatever the
 * server does. Built for gateways that misbehave:
 * <ul>
 *   <li>one wall-clock deadline for the whole exchange (connect, headers, body or stream): past it the
 *       exchange is aborted and observed as timed out, so nothing hangs;</li>
 *   <li>HTTP/1.1, never the {@code h2c} upgrade offer the JDK client makes by default, which some servers
 *       never answer and others refuse with 505;</li>
 *   <li>redirects are never followed: a 3xx is what the gateway answered, and the target's key goes to no
 *       other host;</li>
 *   <li>the body is captured up to a bound ({@link #DEFAULT_CAPTURE_BYTES}), the rest counted and hashed, and
 *       the client's exchanges together keep at most a budget ({@link #DEFAULT_BUDGET_BYTES});</li>
 *   <li>nothing is thrown: a transport failure is an observation with its diagnosis.</li>
 * </ul>
 * A response with {@code Content-Type: text/event-stream} (or a request that asked for a stream) is read
 * event by event with {@link SseReader}, each event stamped with its arrival time. A compressed answer is read
 * decoded, as the SDKs read it ({@link ContentCoding}).
 */
public final class ExchangeClient {
    /** Bytes of a body (or characters of a stream's events) kept for checks and reports; LLM answers are far smaller. */
    public static final int DEFAULT_CAPTURE_BYTES = 4 << 20;
    /**
     * What one client keeps over all its exchanges (a run's, a compare side's): past it each exchange keeps
     * {@link #FLOOR_BYTES}, so a gateway that answers every request with megabytes cannot exhaust the heap.
     */
    public static final long DEFAULT_BUDGET_BYTES = 128L << 20;
    static final int FLOOR_BYTES = 64 << 10;
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cutover-exchange-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient client;
    private final int captureBytes;
    private final AtomicLong budget;

    public ExchangeClient() {
        this(DEFAULT_CAPTURE_BYTES, DEFAULT_BUDGET_BYTES);
    }

    public ExchangeClient(int captureBytes, long budgetBytes) {
        this.captureBytes = captureBytes;
        this.budget = new AtomicLong(budgetBytes);
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(CONNECT_TIMEOUT_MS))
                .build();
    }

    public Observation send(HttpCall call, Redactor redactor) {
        long start = System.nanoTime();
        HttpRequest request;
        try {
            request = request(call);
        } catch (IllegalArgumentException bad) {
            return Observations.failed(call, redactor, 0, "request not sent: " + bad.getMessage());
        }
        CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> response;
        try {
            response = pending.get(Math.max(1, call.timeoutMs()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return Observations.failed(call, redactor, ms(start), "no response headers within " + call.timeoutMs() + " ms");
        } catch (ExecutionException e) {
            return Observations.failed(call, redactor, ms(start), Observations.describe(e.getCause() == null ? e : e.getCause()));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return Observations.failed(call, redactor, ms(start), "interrupted");
        }
        return read(call, redactor, response, start);
    }

    private Observation read(HttpCall call, Redactor redactor, HttpResponse<InputStream> response, long start) {
        double headersMs = ms(start);
        Headers headers = Headers.of(response.headers().map());
        boolean stream = call.stream() || headers.first("content-type").orElse("")
                .toLowerCase(Locale.ROOT).startsWith("text/event-stream");
        int limit = (int) Math.max(FLOOR_BYTES, Math.min(captureBytes, budget.get()));
        SseReader events = stream ? new SseReader(start, SseLines.DEFAULT_MAX_LINE_BYTES, limit) : null;
        Capture body = new Capture(limit);
        ContentCoding coding = ContentCoding.of(headers, acceptEncoding(call));
        String transportError = framingProblem(headers).or(coding::unsupported).orElse(null);
        AtomicBoolean timedOut = new AtomicBoolean();
        InputStream raw = response.body();
        long left = Math.max(1, call.timeoutMs() - (long) headersMs);
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            closeQuietly(raw);
        }, left, TimeUnit.MILLISECONDS);
        byte[] buffer = new byte[16 * 1024];
        long decoded = 0;
        try (raw; InputStream in = coding.decode(raw)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (events != null) events.feed(buffer, 0, n, System.nanoTime());
                body.add(buffer, 0, n);
                if (!coding.none() && (decoded += n) > ContentCoding.MAX_DECODED_BYTES) {
                    transportError = "body decodes (" + coding.name() + ") to more than " + (ContentCoding.MAX_DECODED_BYTES >> 20)
                            + " MiB, a compression bomb: not read further";
                    break;
                }
            }
        } catch (IOException e) {
            transportError = timedOut.get()
                    ? (stream ? "stream" : "body") + " not finished within " + call.timeoutMs() + " ms"
                    : (stream ? "stream broken: " : "body broken: ") + Observations.describe(e);
        } finally {
            watchdog.cancel(false);
            if (events != null) events.end();
        }
        double totalMs = ms(start);
        budget.addAndGet(-(body.keptBytes() + (events == null ? 0 : events.dataChars())));
        return new Observation(call.masked(redactor), response.statusCode(), headers, body.text(),
                events == null ? List.of() : List.copyOf(events.events()),
                events == null ? List.of() : List.copyOf(events.problems()),
                new Timings(headersMs, events == null ? null : events.firstTokenMs(), totalMs), transportError, List.of(),
                body.cut());
    }

    /**
     * Framing a client cannot trust: with both a chunked Transfer-Encoding and a Content-Length, or two different
     * lengths, clients disagree on where the body ends (RFC 9112, 6.3 makes it an error; Node's fetch refuses it,
     * the JDK's client quietly takes the length) — and a proxy between them may read another answer into it.
     */
    private static Optional<String> framingProblem(Headers headers) {
        List<String> lengths = headers.all("content-length").stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::trim).distinct().toList();
        if (headers.has("transfer-encoding") && !lengths.isEmpty()) {
            return Optional.of("both Transfer-Encoding (" + headers.first("transfer-encoding").orElse("") + ") and Content-Length ("
                    + String.join(", ", lengths) + "): where the body ends is ambiguous (RFC 9112, 6.3)");
        }
        if (lengths.size() > 1) {
            return Optional.of("Content-Length given " + lengths.size() + " different values (" + String.join(", ", lengths)
                    + "): where the body ends is ambiguous (RFC 9112, 6.3)");
        }
        return Optional.empty();
    }

    /** The Accept-Encoding the request was sent with, whatever the case of its name. */
    private static Optional<String> acceptEncoding(HttpCall call) {
        return call.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("accept-encoding"))
                .map(java.util.Map.Entry::getValue).findFirst();
    }

    private static HttpRequest request(HttpCall call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(call.url()))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        call.headers().forEach(b::header);
        return b.build();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader sees the close as an IOException and records the timeout
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }
}
