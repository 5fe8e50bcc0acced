package dev.cutover.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Endpoint;
import java.util.Optional;

/**
 * What a real model refuses before it generates anything, in OpenAI's words — the requests the catalog's live checks
 * send to see an error envelope: parameters out of their documented range, a token limit past what the model can
 * write, no messages, a prompt past its context window. The model-like mock asks these after {@link ApiRequest#invalid}
 * (unparseable body, no model, no messages or input, an unknown model). A scripted mock never does: a scenario that
 * sends {@code temperature: 3.5} scripts the provider's answer itself.
 */
final class ModelRules {
    /** gpt-4o-mini's: what a prompt must stay within, and the most one answer may write. */
    static final int CONTEXT_WINDOW = 128_000;
    static final int MAX_OUTPUT = 16_384;
    /** text-embedding-3-*'s input limit. */
    static final int EMBEDDING_WINDOW = 8_192;

    private ModelRules() {}

    static Optional<ApiError> refusal(ApiRequest r) {
        JsonNode b = r.body();
        if (r.endpoint() == Endpoint.EMBEDDINGS) return embeddingRefusal(r);
        if (!b.path("messages").isArray() || b.path("messages").isEmpty()) {
            return Optional.of(new ApiError(400, "[] is too short - 'messages'", "invalid_request_error", "messages", "empty_array"));
        }
        Optional<ApiError> range = decimal(b, "temperature", 0, 2)
                .or(() -> decimal(b, "top_p", 0, 1))
                .or(() -> decimal(b, "presence_penalty", -2, 2))
                .or(() -> decimal(b, "frequency_penalty", -2, 2))
                .or(() -> integer(b, "n", 1, 128))
                .or(() -> integer(b, "top_logprobs", 0, 20))
                .or(() -> integer(b, "max_tokens", 1, Integer.MAX_VALUE))
                .or(() -> integer(b, "max_completion_tokens", 1, Integer.MAX_VALUE))
                .or(() -> tooMany(b, "max_tokens"))
                .or(() -> tooMany(b, "max_completion_tokens"));
        if (range.isPresent()) return range;
        int prompt = Words.count(r.promptText());
        if (prompt > CONTEXT_WINDOW) {
            return Optional.of(new ApiError(400, "This model's maximum context length is " + CONTEXT_WINDOW + " tokens. However, "
                    + "your messages resulted in " + prompt + " tokens. Please reduce the length of the messages.",
                    "invalid_request_error", "messages", "context_length_exceeded"));
        }
        return Optional.empty();
    }

    private static Optional<ApiError> embeddingRefusal(ApiRequest r) {
        int tokens = Words.count(r.promptText());
        if (tokens <= EMBEDDING_WINDOW) return Optional.empty();
        return Optional.of(new ApiError(400, "This model's maximum context length is " + EMBEDDING_WINDOW + " tokens, however you "
                + "requested " + tokens + " tokens (" + tokens + " in your prompt; 0 for the completion). Please reduce your prompt; "
                + "or completion length.", "invalid_request_error", null, null));
    }

    private static Optional<ApiError> decimal(JsonNode body, String field, double min, double max) {
        JsonNode v = body.get(field);
        if (v == null || !v.isNumber()) return Optional.empty();
        if (v.asDouble() > max) return Optional.of(range(field, "decimal above maximum value", "<= " + num(max), v, "decimal_above_max_value"));
        if (v.asDouble() < min) return Optional.of(range(field, "decimal below minimum value", ">= " + num(min), v, "decimal_below_min_value"));
        return Optional.empty();
    }

    private static Optional<ApiError> integer(JsonNode body, String field, long min, long max) {
        JsonNode v = body.get(field);
        if (v == null || !v.isNumber()) return Optional.empty();
        if (v.asLong() > max) return Optional.of(range(field, "integer above maximum value", "<= " + max, v, "integer_above_max_value"));
        if (v.asLong() < min) return Optional.of(range(field, "integer below minimum value", ">= " + min, v, "integer_below_min_value"));
        return Optional.empty();
    }

    private static Optional<ApiError> tooMany(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isNumber() || v.asLong() <= MAX_OUTPUT) return Optional.empty();
        return Optional.of(new ApiError(400, field + " is too large: " + v.asLong() + ". This model supports at most " + MAX_OUTPUT
                + " completion tokens, whereas you provided " + v.asLong() + ".", "invalid_request_error", field, "invalid_value"));
    }

    private static ApiError range(String field, String what, String bound, JsonNode got, String code) {
        return new ApiError(400, "Invalid '" + field + "': " + what + ". Expected a value " + bound + ", but got " + got.asText()
                + " instead.", "invalid_request_error", field, code);
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
