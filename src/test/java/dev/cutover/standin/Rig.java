package dev.cutover.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutover.launch.FreePort;
import dev.cutover.launch.Launched;
import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.wire.Fault;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.ReceivedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One stand-in in front of a fresh mock provider, and plain JDK HTTP calls against it over loopback. */
final class Rig implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final MockProvider mock = MockProvider.start(MockOptions.defaults());
    final Launched standIn;
    final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Rig(String name) {
        int port = FreePort.pick();
        try {
            standIn = StandIns.start(name, port, mock.baseUrl(), MockOptions.DEFAULT_API_KEY);
        } catch (RuntimeException e) {
            mock.close();
            throw e;
        }
        base = "http://127.0.0.1:" + port;
    }

    /** A fresh exchange key with this script on the mock. */
    String scripted(ProviderScript script) {
        String key = "standin." + UUID.randomUUID().toString().substring(0, 8);
        mock.script(key, script);
        return key;
    }

    List<ReceivedRequest> received(String key) {
        return mock.received(key);
    }

    static String chat(String key, String model) {
        return chat(key, model, "");
    }

    /** A chat body whose user message carries the exchange marker; {@code extra} are more JSON fields. */
    static String chat(String key, String model, String extra) {
        return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi [cutover:" + key + "]\"}]"
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("content-type", "application/json");
        headers.forEach(b::header);
        return send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<InputStream> postStreaming(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("content-type", "application/json");
        headers.forEach(b::header);
        return send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET();
        headers.forEach(b::header);
        return send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest r, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(r, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    static ProviderScript content(String text) {
        return ProviderScript.builder().content(text).build();
    }

    static ProviderScript withHeaders(String text, Map<String, String> headers) {
        return ProviderScript.builder().content(text).headers(headers).build();
    }

    /** Fails with {@code status} on every call ({@code failTimes} 0) or on the first {@code failTimes} calls. */
    static ProviderScript failing(int status, int failTimes, Map<String, String> headers) {
        return ProviderScript.builder().content("Recovered.").errorStatus(status)
                .failTimes(failTimes).headers(headers).build();
    }

    /** One word per chunk with {@code gapMs} between chunks; {@code fault} may cut the stream. */
    static ProviderScript stream(String text, int gapMs, Fault fault) {
        return ProviderScript.builder().content(text).gapsMs(gapMs).fault(fault).build();
    }

    @Override
    public void close() {
        try {
            standIn.close();
        } finally {
            mock.close();
        }
    }
}
