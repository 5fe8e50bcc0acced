package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a defect does to a response's status, headers and whole (non-stream) body. Every method
 * returns its input untouched when the defect does not concern it, so the clean proxy stays byte-equal.
 */
final class ResponseFaults {
    // Keeps the key and whatever spacing the provider used; only the value changes.
    private static final Pattern FINISH_LENGTH = Pattern.compile("(\"finish_reason\"\\s*:\\s*)\"length\"");
    /** Upstream status → what the client gets, per defect. */
    private static final Map<Defect, Map<Integer, Integer>> STATUS = Map.of(
            Defect.RATE_LIMIT_AS_500, Map.of(429, 500),
            Defect.RATE_LIMIT_AS_503, Map.of(429, 503));

    private ResponseFaults() {}

    static int status(Defect defect, int upstreamStatus) {
        if (defect == Defect.ERROR_AS_200 && upstreamStatus >= 400) return 200;
        return STATUS.getOrDefault(defect, Map.of()).getOrDefault(upstreamStatus, upstreamStatus);
    }

    /** The name the client gets for one upstream response header. */
    static String headerName(Defect defect, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean retryAfter = lower.equals("retry-after") || lower.equals("retry-after-ms");
        return defect == Defect.RETRY_AFTER_PREFIXED && retryAfter ? "llm_provider-" + lower : name;
    }

    /** The value the client gets for one upstream response header; null drops the header. */
    static String header(Defect defect, String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (defect == Defect.STRIP_RETRY_AFTER && (lower.equals("retry-after") || lower.equals("retry-after-ms"))) {
            return null;
        }
        if (defect == Defect.WRONG_STREAM_CONTENT_TYPE && lower.equals("content-type") && isEventStream(value)) {
            return "application/json";
        }
        if (defect == Defect.CHARSET_LATIN1 && lower.equals("content-type")) {
            return value.replaceFirst(";.*$", "") + "; charset=iso-8859-1";
        }
        return value;
    }

    static byte[] body(Defect defect, int upstreamStatus, byte[] body) {
        if (defect == Defect.FLATTEN_ERROR_ENVELOPE && upstreamStatus >= 400) return flattenError(body);
        if (defect == Defect.REWRITE_FINISH_REASON) {
            String text = new String(body, StandardCharsets.UTF_8);
            String rewritten = rewriteFinishReason(text);
            return rewritten.equals(text) ? body : rewritten.getBytes(StandardCharsets.UTF_8);
        }
        Optional<ObjectNode> answer = Json.object(body);
        if (answer.isEmpty()) return body;
        if (defect == Defect.ERROR_CODE_AS_STATUS && upstreamStatus >= 400 && answer.get().path("error").isObject()) {
            ObjectNode error = (ObjectNode) answer.get().get("error");
            error.put("code", String.valueOf(upstreamStatus));
            error.putNull("type");
            return Json.bytes(answer.get());
        }
        if (defect == Defect.NUMERIC_ERROR_CODE && upstreamStatus >= 400 && answer.get().path("error").isObject()) {
            ((ObjectNode) answer.get().get("error")).put("code", upstreamStatus);
            return Json.bytes(answer.get());
        }
        return AnswerEdits.edit(defect, answer.get()) ? Json.bytes(answer.get()) : body;
    }

    static String rewriteFinishReason(String json) {
        Matcher m = FINISH_LENGTH.matcher(json);
        return m.find() ? m.replaceAll("$1\"stop\"") : json;
    }

    static boolean isEventStream(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
    }

    private static byte[] flattenError(byte[] body) {
        Optional<JsonNode> root = Json.parse(body);
        if (root.isEmpty() || !root.get().path("error").isObject()) return body;
        ObjectNode flat = Json.object();
        flat.put("status", "failure");
        flat.put("message", root.get().path("error").path("message").asText(""));
        return Json.bytes(flat);
    }
}
