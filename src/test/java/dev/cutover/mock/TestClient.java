package dev.cutover.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutover.wire.Marker;
import dev.cutover.wire.ProviderScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Plain JDK HTTP calls against a mock, as a gateway would make them. */
final class TestClient {
    static final String KEY = MockOptions.DEFAULT_API_KEY;
    static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    TestClient(MockProvider mock) {
        this.base = mock.baseUrl();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        HttpRequest.Builder b = request(path).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("content-type", "application/json");
        if (headers.length == 0) b.header("authorization", "Bearer " + KEY);
        else b.headers(headers);
        return send(b.build());
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = request(path).GET();
        if (headers.length == 0) b.header("authorization", "Bearer " + KEY);
        else b.headers(headers);
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A chat request body whose user message carries the exchange marker; {@code extra} are more JSON fields. */
    static String chat(String key, String extra) {
        return "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hi "
                + Marker.tag(key) + "\"}]" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    /** A whole chat completions POST as bytes for a raw socket; {@code extraHeaders} are CRLF-terminated lines. */
    static byte[] rawPost(String body, String extraHeaders) {
        return ("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + KEY
                + "\r\nContent-Type: application/json\r\n" + extraHeaders + "Content-Length: "
                + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A script written the way a runner sends one to a standalone mock. */
    static ProviderScript script(String json) {
        return MockJson.readScript(json);
    }

    /** The events the mock plans for a chat stream answering this script, each with its time after the request's arrival. */
    static List<StreamEvent> streamPlan(String scriptJson) {
        ProviderScript s = script(scriptJson);
        ApiRequest request = ApiRequest.of("POST", "/v1/chat/completions", chat("plan", "\"stream\":true")).orElseThrow();
        return ChatStream.plan(ChatReply.of(request, s), s, false);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payloads of the {@code data:} lines of an SSE body, in order. */
    static List<String> data(String sse) {
        List<String> out = new ArrayList<>();
        for (String line : sse.split("\n")) if (line.startsWith("data: ")) out.add(line.substring(6));
        return out;
    }
}
