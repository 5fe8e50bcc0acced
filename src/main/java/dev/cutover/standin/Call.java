package dev.cutover.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Json;
import dev.cutover.wire.SseRelay;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** One request a stand-in received, read whole, and the ways to answer it. */
final class Call {
    static final String JSON = "application/json";

    private final HttpExchange ex;
    private final byte[] body;
    private final Headers headers;
    private final long arrivedNanos = System.nanoTime();
    /** "gzip" or "deflate" when the stand-in compresses its answers, as a gateway does when a client asks. */
    private String coding;

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
    String protocol() { return ex.getProtocol(); }
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

    /** From now on a body is sent compressed with this coding ("gzip" or "deflate"); an empty one stays empty. */
    void compressWith(String contentCoding) {
        this.coding = contentCoding;
    }

    void bytes(int status, String contentType, byte[] body, Map<String, String> extra) throws IOException {
        if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
        extra.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (coding != null && body.length > 0 && status != 204 && status != 304) {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (OutputStream out = encoder(packed)) {
                out.write(body);
            }
            body = packed.toByteArray();
            ex.getResponseHeaders().set("Content-Encoding", coding);
        }
        boolean none = body.length == 0 || "HEAD".equals(method());
        ex.sendResponseHeaders(status, none ? -1 : body.length);
        if (!none) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Starts a streamed (chunked) body; the caller writes and flushes event by event, and closes the stream at a
     * clean end (a compressed stream writes its trailer then). Compressed output is flushed at every flush, so
     * events still arrive one by one.
     */
    OutputStream startStream(int status) throws IOException {
        if (coding != null) ex.getResponseHeaders().set("Content-Encoding", coding);
        ex.sendResponseHeaders(status, 0);
        return coding == null ? ex.getResponseBody() : encoder(ex.getResponseBody());
    }

    private OutputStream encoder(OutputStream out) throws IOException {
        return "gzip".equals(coding) ? new GZIPOutputStream(out, true) : new DeflaterOutputStream(out, true);
    }
}
