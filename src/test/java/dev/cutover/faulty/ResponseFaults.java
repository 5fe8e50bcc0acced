package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a defect does to a response's status, headers and whole (non-stream) body. Every method
 * returns its input untouched when the defect does not concern it, so the clean proxy stays byte-equal.
 */
final class ResponseFaults {
    private static final ObjectMapper JSON = new ObjectMapper();
    // Keeps the key and whatever spacing the provider used; only the value changes.
    private static final Pattern FINISH_LENGTH = Pattern.compile("(\"finish_reason\"\\s*:\\s*)\"length\"");

    private ResponseFaults() {}

    static int status(Defect defect, int upstreamStatus) {
        return defect == Defect.RATE_LIMIT_AS_500 && upstreamStatus == 429 ? 500 : upstreamStatus;
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
        return value;
    }

    static byte[] body(Defect defect, int upstreamStatus, byte[] body) {
        if (defect == Defect.FLATTEN_ERROR_ENVELOPE && upstreamStatus >= 400) return flattenError(body);
        if (defect == Defect.REWRITE_FINISH_REASON) {
            String text = new String(body, StandardCharsets.UTF_8);
            String rewritten = rewriteFinishReason(text);
            return rewritten.equals(text) ? body : rewritten.getBytes(StandardCharsets.UTF_8);
        }
        return body;
    }

    static String rewriteFinishReason(String json) {
        Matcher m = FINISH_LENGTH.matcher(json);
        return m.find() ? m.replaceAll("$1\"stop\"") : json;
    }

    static boolean isEventStream(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
    }

    private static byte[] flattenError(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (Exception notJson) {
            return body;
        }
        if (root == null || !root.path("error").isObject()) return body;
        ObjectNode flat = JSON.createObjectNode();
        flat.put("status", "failure");
        flat.put("message", root.path("error").path("message").asText(""));
        return flat.toString().getBytes(StandardCharsets.UTF_8);
    }
}
