package dev.cutover.http;

import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.SseReader;
import dev.cutover.wire.Timings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends a streaming request with the JDK HttpClient and reads the body line by line as it arrives,
 * stamping every SSE event with its arrival time ({@link SseReader}). A watchdog closes the body at the deadline, so a
 * stalled target can never hang a run.
 */
public final class StreamClient {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cutover-stream-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public Observation send(HttpCall call, Redactor redactor) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(call.url()))
                .timeout(Duration.ofMillis(call.timeoutMs()))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        call.headers().forEach(b::header);
        long start = System.nanoTime();
        HttpResponse<InputStream> response;
        try {
            response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return Observations.failed(call, redactor, ms(start), "no response headers within " + call.timeoutMs() + " ms");
        } catch (IOException e) {
            return Observations.failed(call, redactor, ms(start), Observations.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Observations.failed(call, redactor, ms(start), "interrupted");
        }
        double headersMs = ms(start);
        SseReader reader = new SseReader(start);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        String transportError = null;
        AtomicBoolean timedOut = new AtomicBoolean();
        long remaining = Math.max(1, call.timeoutMs() - (long) headersMs);
        InputStream body = response.body();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            closeQuietly(body);
        }, remaining, TimeUnit.MILLISECONDS);
        byte[] buffer = new byte[16 * 1024];
        try (body) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                reader.feed(buffer, 0, n, System.nanoTime());
                raw.write(buffer, 0, n);
            }
        } catch (IOException e) {
            transportError = timedOut.get() ? "stream not finished within " + call.timeoutMs() + " ms"
                    : "stream broken: " + Observations.describe(e);
        } finally {
            watchdog.cancel(false);
            reader.end();
        }
        return new Observation(call.masked(redactor), response.statusCode(), Headers.of(response.headers().map()),
                raw.toString(StandardCharsets.UTF_8), List.copyOf(reader.events()), List.copyOf(reader.problems()),
                new Timings(headersMs, reader.firstTokenMs(), ms(start)), transportError, List.of());
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
