package dev.cutover.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Dialect;
import dev.cutover.wire.Json;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An error in the dialect the request arrived in. The error itself is neutral ({@link ApiError}: a status, a
 * message, a type): its type is kept where it is already the dialect's own word, else the dialect's word for the
 * status is used, so one script's {@code error: {status: 429}} reads as OpenAI's, Anthropic's and Gemini's 429.
 * Anthropic: {@code {"type":"error","error":{"type","message"},"request_id"}} with a {@code request-id} header, and on a
 * 429 the {@code retry-after} and {@code anthropic-ratelimit-*} headers it documents; Gemini:
 * {@code {"error":{"code","message","status"}}}, a 429 naming its retry delay in {@code details} when the script
 * gives a Retry-After.
 */
final class DialectErrors {
    static final Set<String> ANTHROPIC_TYPES = Set.of("invalid_request_error", "authentication_error", "permission_error",
            "not_found_error", "request_too_large", "rate_limit_error", "api_error", "overloaded_error");

    private DialectErrors() {}

    static Answer answer(long due, ApiError e, Map<String, String> scripted, Dialect dialect) {
        if (dialect == Dialect.OPENAI) return Reply.error(due, e, scripted);
        ObjectNode body = dialect == Dialect.ANTHROPIC ? anthropic(e) : gemini(e, retryAfter(scripted));
        return Reply.json(due, e.status(), body, dialect == Dialect.ANTHROPIC ? anthropicHeaders(e, scripted, body) : scripted);
    }

    /** The body of an Anthropic error, also the data of its stream {@code error} event. */
    static ObjectNode anthropic(ApiError e) {
        ObjectNode root = Json.object();
        root.put("type", "error");
        root.putObject("error").put("type", anthropicType(e)).put("message", e.message());
        root.put("request_id", Ids.next("req_", 24));
        return root;
    }

    static String anthropicType(ApiError e) {
        if (e.type() != null && ANTHROPIC_TYPES.contains(e.type())) return e.type();
        return switch (e.status()) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> e.status() >= 500 ? "api_error" : "invalid_request_error";
        };
    }

    /** Gemini's error object; {@code retryDelay} (e.g. "7s") adds Google's RetryInfo detail. */
    static ObjectNode gemini(ApiError e, String retryDelay) {
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("code", e.status());
        error.put("message", e.message());
        error.put("status", geminiStatus(e));
        if (retryDelay != null) {
            error.putArray("details").addObject().put("@type", "type.googleapis.com/google.rpc.RetryInfo").put("retryDelay", retryDelay);
        }
        return root;
    }

    static String geminiStatus(ApiError e) {
        // Google's canonical codes are upper-case words; an OpenAI type ("requests", "server_error") is not one.
        if (e.type() != null && e.type().matches("[A-Z_]+")) return e.type();
        return switch (e.status()) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 409 -> "ABORTED";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 499 -> "CANCELLED";
            case 501 -> "UNIMPLEMENTED";
            case 503 -> "UNAVAILABLE";
            case 504 -> "DEADLINE_EXCEEDED";
            default -> e.status() >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
        };
    }

    private static Map<String, String> anthropicHeaders(ApiError e, Map<String, String> scripted, ObjectNode body) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("request-id", body.get("request_id").asText());
        if (e.status() == 429) {
            // What Anthropic documents for a 429; a scripted header of the same name replaces it.
            out.put("retry-after", "60");
            out.put("anthropic-ratelimit-requests-limit", "50");
            out.put("anthropic-ratelimit-requests-remaining", "0");
            out.put("anthropic-ratelimit-requests-reset", java.time.Instant.now().plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        }
        scripted.forEach((k, v) -> {
            out.keySet().removeIf(name -> name.equalsIgnoreCase(k));
            out.put(k, v);
        });
        return out;
    }

    private static String retryAfter(Map<String, String> scripted) {
        for (Map.Entry<String, String> h : scripted.entrySet()) {
            if (h.getKey().toLowerCase(Locale.ROOT).equals("retry-after") && h.getValue().matches("\\d+")) return h.getValue() + "s";
        }
        return null;
    }
}
