package dev.cutover.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Whole JSON and error answers, and the byte conversions every answer uses. */
final class Reply {
    static final String JSON = "application/json";

    private Reply() {}

    static Answer json(long due, int status, JsonNode body, Map<String, String> extraHeaders) {
        return Answer.whole(due, status, JSON, toBytes(body), extraHeaders);
    }

    static Answer error(long due, ApiError error, Map<String, String> extraHeaders) {
        return json(due, error.status(), error.envelope(), extraHeaders);
    }

    static byte[] toBytes(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
