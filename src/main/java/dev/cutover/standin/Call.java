package dev.cutover.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Json;
import dev.cutover.wire.SseRelay;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One request a stand-in received, read whole, and the ways to answer it. */
final class Call {
    static final String JSON = "application/json";

    private final HttpExchange ex;
    private final byte[] body;
    private final Headers headers;
    private final long arrivedNanos = System.nanoTime();

    private Call(HttpExchange ex, byte[] body) {
        this.ex = ex;
        this.body = body;
        this.headers = Headers.of(ex.getRequestHeaders());
    }

    static void serve(HttpExchange ex, StandInLog log, StandInServer.Handler handler) throws IOException {
        // No try-with-resources: closing would end a chunked body cleanly, and a broken upstream must not.
        Call call = new Call(ex, ex.getRequestBody().readAllBytes());
        try {
            handler.handle(call);
            ex.close();
        } catch (SseRelay.UpstreamBroken broke) {
            log.add(call.method() + " " + call.path() + ": upstream broke mid-body, client connection dropped: "
                    + broke.getMessage());
            throw broke;
        } catch (RuntimeException bug) {
            log.add(call.method() + " " + call.path() + ": stand-in failed: " + bug);
            if (ex.getResponseCode() == -1) call.text(500, "stand-in failed: " + bug);
            throw bug;
        }
    }

    String method() { return ex.getRequestMethod(); }
    String path() { return ex.getRequestURI().getRawPath(); }
    String query() { return ex.getRequestURI().getRawQuery(); }
    URI uri() { return ex.getRequestURI(); }
    byte[] body() { return body; }
    String bodyText() { return new String(body, StandardCharsets.UTF_8); }
    Headers headers() { return headers; }
    String header(String name) { return headers.first(name).orElse(null); }
    long elapsedMs() { return (System.nanoTime() - arrivedNanos) / 1_000_000; }

    /** The response headers, to add to before answering. */
    com.sun.net.httpserver.Headers responseHeaders() {
        return ex.getResponseHeaders();
    }

    void json(int status, JsonNode body, Map<String, String> extra) throws IOException {
        bytes(status, JSON, Json.bytes(body), extra);
    }

    void text(int status, String body) throws IOException {
        bytes(status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A body without a Content-Type, as servers that write a bare string send it. */
    void untyped(int status, String body) throws IOException {
        bytes(status, null, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    void bytes(int status, String contentType, byte[] body, Map<String, String> extra) throws IOException {
        if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
        extra.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        boolean none = body.length == 0 || "HEAD".equals(method());
        ex.sendResponseHeaders(status, none ? -1 : body.length);
        if (!none) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Starts a streamed (chunked) body; the caller writes and flushes event by event. */
    OutputStream startStream(int status) throws IOException {
        ex.sendResponseHeaders(status, 0);
        return ex.getResponseBody();
    }
}
