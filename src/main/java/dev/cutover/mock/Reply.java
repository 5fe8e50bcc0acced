package dev.cutover.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writing whole responses onto a JDK {@link HttpExchange}. */
final class Reply {
    static final String JSON = "application/json";

    private Reply() {}

    static void json(HttpExchange ex, int status, JsonNode body, Map<String, String> extraHeaders) throws IOException {
        bytes(ex, status, JSON, toBytes(body), extraHeaders);
    }

    static void error(HttpExchange ex, ApiError error, Map<String, String> extraHeaders) throws IOException {
        json(ex, error.status(), error.envelope(), extraHeaders);
    }

    static void bytes(HttpExchange ex, int status, String contentType, byte[] body, Map<String, String> extraHeaders)
            throws IOException {
        if (contentType != null) ex.getResponseHeaders().set("content-type", contentType);
        extraHeaders.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        // -1 tells the JDK server "no body" and makes it send content-length: 0 instead of chunking.
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] toBytes(JsonNode node) {
        try {
            return MockJson.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
