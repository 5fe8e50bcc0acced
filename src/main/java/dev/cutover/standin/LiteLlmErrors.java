package dev.cutover.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.ErrorEnvelope;
import dev.cutover.wire.Json;
import java.util.Map;

/**
 * LiteLLM proxy errors as its ProxyException.to_dict() writes them: {@code {"error":{message,type,param,code}}}
 * with {@code code} the HTTP status as a string (the provider's own code is lost) and the literal "None"
 * where the Python side had no value to give.
 */
final class LiteLlmErrors {
    /** LiteLLM's exception class per provider status (litellm/exceptions.py, exception_mapping_utils). */
    private static final Map<Integer, String> CLASS_BY_STATUS = Map.of(
            400, "BadRequestError", 401, "AuthenticationError", 403, "PermissionDeniedError",
            404, "NotFoundError", 408, "Timeout", 422, "UnprocessableEntityError", 429, "RateLimitError",
            500, "InternalServerError", 503, "ServiceUnavailableError");

    private LiteLlmErrors() {}

    static ObjectNode of(String message, String type, String param, int status) {
        return new ErrorEnvelope(message, type, param, String.valueOf(status)).json();
    }

    /** The error the proxy writes for a provider's error reply, keeping its type and param. */
    static ObjectNode fromProvider(int status, byte[] providerBody) {
        JsonNode e = Json.object(providerBody).map(b -> b.path("error")).orElse(null);
        String message = e != null && e.isObject() ? e.path("message").asText("") : new String(providerBody,
                java.nio.charset.StandardCharsets.UTF_8);
        String cls = CLASS_BY_STATUS.getOrDefault(status, status >= 500 ? "APIError" : "BadRequestError");
        if (e != null && "context_length_exceeded".equals(e.path("code").asText(null))) {
            cls = "ContextWindowExceededError: litellm.BadRequestError";
        }
        return of("litellm." + cls + ": OpenAIException - " + message, text(e, "type"), text(e, "param"), status);
    }

    static ObjectNode noKey() {
        return of("Authentication Error, No api key passed in.", "auth_error", "None", 401);
    }

    static ObjectNode unknownKey(String presented) {
        String tail = presented.length() > 4 ? presented.substring(presented.length() - 4) : "";
        return of("Authentication Error, Invalid proxy server token passed. Received API Key = sk-..." + tail
                + ". Unable to find token in cache or `LiteLLM_VerificationTokenTable`", "token_not_found_in_db", "key", 401);
    }

    static ObjectNode modelNotAllowed(java.util.List<String> allowed, String model) {
        return of("Authentication Error, API Key not allowed to access model. This token can only access models="
                + pythonList(allowed) + ". Tried to access " + model, "key_model_access_denied", "model", 401);
    }

    static ObjectNode overBudget(String spend, String maxBudget) {
        return of("Authentication Error, ExceededTokenBudget: Current spend for token: " + spend
                + "; Max Budget for Token: " + maxBudget, "budget_exceeded", "None", 400);
    }

    static ObjectNode unknownModel(String route, String model) {
        return of("{'error': '" + route + ": Invalid model name passed in model=" + model
                + ". Call `/v1/models` to view available models for your key.'}", "None", "None", 400);
    }

    /** The router's RouterRateLimitError when every deployment of the model is cooling down (wording as documented). */
    static ObjectNode noDeployments(String model, long cooldownSeconds) {
        return of("No deployments available for selected model, Try again in " + cooldownSeconds + " seconds. Passed model="
                + model + ". pre-call-checks=False, allowed_model_region=n/a.", "None", "None", 429);
    }

    static ObjectNode noAnswer(String why) {
        return of("litellm.APIConnectionError: OpenAIException - " + why, "None", "None", 500);
    }

    static ObjectNode timeout(double seconds) {
        return of("litellm.Timeout: Connection timed out after " + seconds + " seconds.", "None", "None", 408);
    }

    private static String text(JsonNode e, String field) {
        if (e == null || !e.isObject()) return "None";
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String pythonList(java.util.List<String> items) {
        return "[" + String.join(", ", items.stream().map(s -> "'" + s + "'").toList()) + "]";
    }
}
