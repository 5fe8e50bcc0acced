package dev.cutover.bench;

import dev.cutover.mock.MockOptions;
import dev.cutover.mock.ScriptedProvider;
import dev.cutover.overhead.ProbeRequest;
import dev.cutover.wire.Marker;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The chat completion the benchmark sends the mock: marked with an exchange key, the mock's default key. */
final class MockRequests {
    static final String AUTHORIZATION = "Bearer " + MockOptions.DEFAULT_API_KEY;

    private MockRequests() {}

    static String body(String key, boolean stream) {
        return "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello "
                + Marker.tag(key) + "\"}]" + (stream ? ",\"stream\":true" : "") + "}";
    }

    static ProbeRequest chat(ScriptedProvider mock, String key, boolean stream) {
        return post(URI.create(mock.baseUrl()), AUTHORIZATION, body(key, stream));
    }

    /** A chat completion POST of {@code body} to {@code origin}, head and body as one buffer for a raw HTTP/1.1 client. */
    static ProbeRequest post(URI origin, String authorization, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:" + origin.getPort()
                + "\r\nContent-Type: application/json\r\nAuthorization: " + authorization
                + "\r\nContent-Length: " + b.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + b.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        return new ProbeRequest(origin, all);
    }
}
