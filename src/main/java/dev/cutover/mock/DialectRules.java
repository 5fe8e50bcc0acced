package dev.cutover.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Dialect;
import java.util.Optional;
import java.util.Set;

/**
 * What Anthropic's Messages API and Gemini's generateContent refuse before doing any work, worded as they word it,
 * and where their prompts keep their text. A translating gateway that sends what the provider's reference forbids
 * (no {@code max_tokens}, a {@code system} role inside {@code messages}, a stop sequence that is no list) gets the
 * provider's 400 here as it would there.
 */
final class DialectRules {
    private static final Set<String> ANTHROPIC_ROLES = Set.of("user", "assistant");

    private DialectRules() {}

    /** Anthropic validates the body field by field (pydantic-style messages: {@code max_tokens: Field required}). */
    static Optional<ApiError> anthropicInvalid(JsonNode body) {
        if (body == null) return bad("There was an issue with the request body: it is not a valid JSON object.");
        if (!body.path("model").isTextual() || body.get("model").asText().isBlank()) return bad("model: Field required");
        JsonNode max = body.get("max_tokens");
        if (max == null || max.isNull()) return bad("max_tokens: Field required");
        if (!max.isIntegralNumber()) return bad("max_tokens: Input should be a valid integer");
        if (max.asLong() < 1) return bad("max_tokens: Input should be greater than or equal to 1");
        JsonNode messages = body.get("messages");
        if (messages == null || messages.isNull()) return bad("messages: Field required");
        if (!messages.isArray()) return bad("messages: Input should be a valid list");
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            if (!ANTHROPIC_ROLES.contains(m.path("role").asText())) {
                return bad("messages." + i + ".role: Input should be 'user' or 'assistant'");
            }
            JsonNode content = m.get("content");
            if (content == null || !(content.isTextual() || content.isArray())) {
                return bad("messages." + i + ".content: Input should be a valid string or a list of content blocks");
            }
        }
        JsonNode system = body.get("system");
        if (system != null && !system.isNull() && !system.isTextual() && !system.isArray()) {
            return bad("system: Input should be a valid string");
        }
        JsonNode stop = body.get("stop_sequences");
        if (stop != null && !stop.isNull() && !stop.isArray()) return bad("stop_sequences: Input should be a valid list");
        Optional<ApiError> range = range(body, "temperature", 1).or(() -> range(body, "top_p", 1));
        if (range.isPresent()) return range;
        String model = body.get("model").asText();
        if (model.startsWith("nonexistent")) return Optional.of(new ApiError(404, "model: " + model, "not_found_error", null, null));
        return Optional.empty();
    }

    /** Gemini answers a body it cannot use with INVALID_ARGUMENT, an unknown model with NOT_FOUND. */
    static Optional<ApiError> geminiInvalid(JsonNode body, String model) {
        if (body == null) return Optional.of(new ApiError(400, "Invalid JSON payload received. Unexpected token.", "INVALID_ARGUMENT", null, null));
        JsonNode contents = body.get("contents");
        if (contents == null || !contents.isArray() || contents.isEmpty()) {
            return Optional.of(new ApiError(400, "* GenerateContentRequest.contents: contents is not specified\n", "INVALID_ARGUMENT", null, null));
        }
        for (int i = 0; i < contents.size(); i++) {
            if (!contents.get(i).path("parts").isArray()) {
                return Optional.of(new ApiError(400, "* GenerateContentRequest.contents[" + i + "].parts: contents.parts must not be empty.\n",
                        "INVALID_ARGUMENT", null, null));
            }
        }
        if (model == null || model.startsWith("nonexistent")) {
            return Optional.of(new ApiError(404, "models/" + model + " is not found for API version v1beta, or is not supported for "
                    + "generateContent. Call ListModels to see the list of available models and their supported methods.", "NOT_FOUND", null, null));
        }
        return Optional.empty();
    }

    /** Anthropic's system and messages (string or blocks, tool results too); Gemini's system instruction and parts. */
    static void promptText(Dialect dialect, JsonNode body, StringBuilder sb) {
        if (dialect == Dialect.ANTHROPIC) {
            ApiRequest.appendText(body.get("system"), sb);
            for (JsonNode m : body.path("messages")) {
                JsonNode content = m.get("content");
                ApiRequest.appendText(content, sb);
                if (content != null && content.isArray()) {
                    for (JsonNode block : content) ApiRequest.appendText(block.get("content"), sb);
                }
            }
        } else {
            ApiRequest.appendText(body.path("systemInstruction").get("parts"), sb);
            for (JsonNode c : body.path("contents")) ApiRequest.appendText(c.get("parts"), sb);
        }
    }

    private static Optional<ApiError> range(JsonNode body, String field, double max) {
        JsonNode v = body.get(field);
        if (v == null || !v.isNumber()) return Optional.empty();
        if (v.asDouble() > max) return bad(field + ": Input should be less than or equal to " + (int) max);
        if (v.asDouble() < 0) return bad(field + ": Input should be greater than or equal to 0");
        return Optional.empty();
    }

    private static Optional<ApiError> bad(String message) {
        return Optional.of(new ApiError(400, message, "invalid_request_error", null, null));
    }
}
