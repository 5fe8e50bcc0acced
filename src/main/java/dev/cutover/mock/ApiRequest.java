package dev.cutover.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Json;
import dev.cutover.wire.Marker;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat or embeddings request as the scripted engine sees it: which endpoint, the Azure deployment
 * when the path names one, and the parsed body (null when it is not a JSON object).
 */
record ApiRequest(Endpoint endpoint, String deployment, JsonNode body) {
    // OpenAI style (/v1/...), bare (/...) and Azure style (/openai/deployments/{deployment}/...).
    private static final Pattern PATH =
            Pattern.compile("^(?:/v1|/openai/deployments/([^/]+))?/(chat/completions|embeddings)$");

    /** Whether this is a POST to a chat or embeddings path, without reading its body. */
    static boolean isApiCall(String method, String path) {
        return "POST".equals(method) && PATH.matcher(path).matches();
    }

    /** The request, if it is a POST to a chat or embeddings path; other requests are WireMock's. */
    static Optional<ApiRequest> of(String method, String path, String rawBody) {
        if (!"POST".equals(method)) return Optional.empty();
        Matcher m = PATH.matcher(path);
        if (!m.matches()) return Optional.empty();
        Endpoint endpoint = m.group(2).equals("embeddings") ? Endpoint.EMBEDDINGS : Endpoint.CHAT_COMPLETIONS;
        return Optional.of(new ApiRequest(endpoint, m.group(1), parse(rawBody)));
    }

    /** What OpenAI would reject before doing any work, in the order it checks. */
    Optional<ApiError> invalid() {
        if (body == null) {
            return Optional.of(ApiError.badRequest("We could not parse the JSON body of your request. "
                    + "The OpenAI API expects a JSON payload, but what was sent was not valid JSON.", null));
        }
        String model = model();
        if (model == null || model.isBlank()) {
            return Optional.of(ApiError.badRequest("you must provide a model parameter", "model"));
        }
        String required = endpoint == Endpoint.EMBEDDINGS ? "input" : "messages";
        if (!body.hasNonNull(required)) {
            return Optional.of(ApiError.badRequest("Missing required parameter: '" + required + "'.", required));
        }
        // A name no real provider serves, so scenarios can ask for "unknown model" without a script.
        if (model.startsWith("nonexistent")) return Optional.of(ApiError.unknownModel(model));
        return Optional.empty();
    }

    /** The body's model; on Azure paths the deployment stands in for a missing one. */
    String model() {
        JsonNode m = body == null ? null : body.get("model");
        if (m != null && m.isTextual()) return m.asText();
        return deployment;
    }

    boolean stream() {
        return body.path("stream").asBoolean(false);
    }

    boolean includeUsage() {
        return body.path("stream_options").path("include_usage").asBoolean(false);
    }

    int n() {
        return Math.max(1, body.path("n").asInt(1));
    }

    boolean asksLogprobs() {
        return body.path("logprobs").asBoolean(false);
    }

    /** Alternatives per token the client asked for: OpenAI allows 0 to 20. */
    int topLogprobs() {
        return Math.max(0, Math.min(20, body.path("top_logprobs").asInt(0)));
    }

    /** The text a provider would tokenize as the prompt, markers removed. */
    String promptText() {
        StringBuilder sb = new StringBuilder();
        if (endpoint == Endpoint.EMBEDDINGS) {
            appendText(body.get("input"), sb);
        } else {
            for (JsonNode message : body.path("messages")) appendText(message.get("content"), sb);
        }
        return Marker.strip(sb.toString());
    }

    // Content is a string, or a list of parts whose "text" fields carry the words.
    private static void appendText(JsonNode node, StringBuilder sb) {
        if (node == null) return;
        if (node.isTextual()) sb.append(node.asText()).append(' ');
        else if (node.isArray()) for (JsonNode part : node) appendText(part.isObject() ? part.get("text") : part, sb);
    }

    private static JsonNode parse(String raw) {
        try {
            JsonNode node = Json.MAPPER.readTree(raw);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }
}
