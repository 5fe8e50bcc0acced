package dev.cutover.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Dialect;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Json;
import dev.cutover.wire.Marker;
import java.util.Optional;

/**
 * A chat or embeddings request as the scripted engine sees it: which endpoint, in which provider dialect (told by
 * the path), the Azure deployment or Gemini model when the path names one, and the parsed body (null when it is
 * not a JSON object). Anthropic and Gemini requests are chat requests; their own rules live in {@link DialectRules}.
 *
 * @param query the query string as sent (Gemini's {@code alt=sse} is there), null without one
 */
record ApiRequest(Endpoint endpoint, String deployment, JsonNode body, Dialect dialect, String path, String query) {
    /** Whether this is a POST to a chat, embeddings, Messages or generateContent path, without reading its body. */
    static boolean isApiCall(String method, String path) {
        return "POST".equals(method) && (OpenAiPath.of(path) != null || Dialect.ofPath(path) != Dialect.OPENAI);
    }

    static Optional<ApiRequest> of(String method, String path, String rawBody) {
        return of(method, path, null, rawBody.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The request, if it is a POST to a path the engine answers; other requests are WireMock's. */
    static Optional<ApiRequest> of(String method, String path, String query, byte[] rawBody) {
        if (!"POST".equals(method)) return Optional.empty();
        Dialect dialect = Dialect.ofPath(path);
        if (dialect == Dialect.ANTHROPIC) {
            return Optional.of(new ApiRequest(Endpoint.CHAT_COMPLETIONS, null, parse(rawBody), dialect, path, query));
        }
        if (dialect == Dialect.GEMINI) {
            return Optional.of(new ApiRequest(Endpoint.CHAT_COMPLETIONS, Dialect.geminiModel(path), parse(rawBody), dialect, path, query));
        }
        OpenAiPath p = OpenAiPath.of(path);
        if (p == null) return Optional.empty();
        return Optional.of(new ApiRequest(p.endpoint(), p.deployment(), parse(rawBody), dialect, path, query));
    }

    /** What the provider would reject before doing any work, in the order it checks. */
    Optional<ApiError> invalid() {
        if (dialect == Dialect.ANTHROPIC) return DialectRules.anthropicInvalid(body);
        if (dialect == Dialect.GEMINI) return DialectRules.geminiInvalid(body, deployment);
        if (body == null) {
            return Optional.of(ApiError.badRequest("We could not parse the JSON body of your request. "
                    + "The OpenAI API expects a JSON payload, but what was sent was not valid JSON.", null));
        }
        String model = model();
        if (model == null || model.isBlank()) {
            return Optional.of(ApiError.badRequest("you must provide a model parameter", "model"));
        }
        String required = endpoint == Endpoint.CHAT_COMPLETIONS ? "messages" : "input";
        if (!body.hasNonNull(required)) {
            return Optional.of(ApiError.badRequest("Missing required parameter: '" + required + "'.", required));
        }
        // A name no real provider serves, so scenarios can ask for "unknown model" without a script.
        if (model.startsWith("nonexistent")) return Optional.of(ApiError.unknownModel(model));
        return Optional.empty();
    }

    /** The model: Gemini's from its path; else the body's, on Azure paths the deployment standing in for a missing one. */
    String model() {
        if (dialect == Dialect.GEMINI) return deployment;
        JsonNode m = body == null ? null : body.get("model");
        if (m != null && m.isTextual()) return m.asText();
        return deployment;
    }

    /** Gemini streams by path ({@code :streamGenerateContent}); the others by the body's {@code stream}. */
    boolean stream() {
        if (dialect == Dialect.GEMINI) return Dialect.geminiStreams(path);
        return body.path("stream").asBoolean(false);
    }

    /** Gemini streams server-sent events only when asked ({@code alt=sse}); otherwise one JSON array, written as it grows. */
    boolean sse() {
        return dialect != Dialect.GEMINI || (query != null && ("&" + query + "&").contains("&alt=sse&"));
    }

    boolean includeUsage() {
        return body.path("stream_options").path("include_usage").asBoolean(false);
    }

    /** Choices asked for: only OpenAI's dialect has {@code n}. */
    int n() {
        return dialect != Dialect.OPENAI ? 1 : Math.max(1, body.path("n").asInt(1));
    }

    boolean asksLogprobs() {
        return dialect == Dialect.OPENAI && body.path("logprobs").asBoolean(false);
    }

    /** Alternatives per token the client asked for: OpenAI allows 0 to 20. */
    int topLogprobs() {
        return dialect != Dialect.OPENAI ? 0 : Math.max(0, Math.min(20, body.path("top_logprobs").asInt(0)));
    }

    /** The stop sequences the request names (Anthropic's {@code stop_sequences}, Gemini's, OpenAI's {@code stop}). */
    JsonNode stopSequences() {
        return switch (dialect) {
            case ANTHROPIC -> body.path("stop_sequences");
            case GEMINI -> body.path("generationConfig").path("stopSequences");
            case OPENAI -> body.path("stop");
        };
    }

    /** The text a provider would tokenize as the prompt, markers removed. */
    String promptText() {
        StringBuilder sb = new StringBuilder();
        if (dialect != Dialect.OPENAI) {
            DialectRules.promptText(dialect, body, sb);
        } else if (endpoint == Endpoint.EMBEDDINGS) {
            appendText(body.get("input"), sb);
        } else if (endpoint == Endpoint.RESPONSES) {
            // The Responses API's input is a string or a list of items, each with its own content.
            appendText(body.get("instructions"), sb);
            JsonNode input = body.get("input");
            if (input != null && input.isArray()) for (JsonNode item : input) appendText(item.isObject() ? item.get("content") : item, sb);
            else appendText(input, sb);
        } else {
            for (JsonNode message : body.path("messages")) appendText(message.get("content"), sb);
        }
        return Marker.strip(sb.toString());
    }

    // Content is a string, or a list of parts whose "text" fields carry the words.
    static void appendText(JsonNode node, StringBuilder sb) {
        if (node == null) return;
        if (node.isTextual()) sb.append(node.asText()).append(' ');
        else if (node.isArray()) for (JsonNode part : node) appendText(part.isObject() ? part.get("text") : part, sb);
    }

    /** Read from the bytes as they arrived: Jackson's byte parser is the faster of its two. */
    private static JsonNode parse(byte[] raw) {
        try {
            JsonNode node = Json.MAPPER.readTree(raw);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }
}
