package dev.cutover.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.Timings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * stamping every SSE event with its arrival time. A watchdog closes the body at the deadline, so a
 * stalled target can never hang a run.
 */
public final class StreamClient {
    private static final ObjectMapper JSON = new ObjectMapper();
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
        SseParser parser = new SseParser();
        StringBuilder raw = new StringBuilder();
        Double firstToken = null;
        String transportError = null;
        AtomicBoolean timedOut = new AtomicBoolean();
        long remaining = Math.max(1, call.timeoutMs() - (long) headersMs);
        InputStream body = response.body();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            closeQuietly(body);
        }, remaining, TimeUnit.MILLISECONDS);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                double at = ms(start);
                raw.append(line).append('\n');
                int before = parser.events().size();
                parser.line(line, at);
                if (firstToken == null && parser.events().size() > before
                        && carriesToken(parser.events().get(before).data())) {
                    firstToken = at;
                }
            }
            parser.end();
        } catch (IOException e) {
            transportError = timedOut.get() ? "stream not finished within " + call.timeoutMs() + " ms"
                    : "stream broken: " + Observations.describe(e);
        } finally {
            watchdog.cancel(false);
        }
        return new Observation(call.masked(redactor), response.statusCode(), Headers.of(response.headers().map()),
                raw.toString(), List.copyOf(parser.events()), List.copyOf(parser.problems()),
                new Timings(headersMs, firstToken, ms(start)), transportError, List.of());
    }

    /** A token is a chunk whose first choice has non-empty content or a tool-call delta. */
    public static boolean carriesToken(String data) {
        if (data == null || data.isBlank() || data.trim().equals("[DONE]")) return false;
        try {
            JsonNode choices = JSON.readTree(data).path("choices");
            for (JsonNode c : choices) {
                JsonNode delta = c.path("delta");
                if (delta.path("content").isTextual() && !delta.path("content").asText().isEmpty()) return true;
                if (delta.path("tool_calls").isArray() && delta.path("tool_calls").size() > 0) return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
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
