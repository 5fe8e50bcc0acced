package dev.cutover.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The request settings a Responses API {@code response} object repeats back. OpenAI's reference requires
 * {@code instructions}, {@code tools}, {@code tool_choice}, {@code parallel_tool_calls}, {@code metadata},
 * {@code temperature} and {@code top_p} in every response (SDKs read them to rebuild a follow-up request), so the
 * mock sends what the request said and, where it said nothing, the API's default as its reference example shows
 * it: no instructions, no tools, {@code "auto"}, {@code true}, an empty map, 1 and 1.
 */
final class ResponseSettings {
    private ResponseSettings() {}

    static void echo(ObjectNode response, JsonNode request) {
        JsonNode body = request == null ? MissingNode.getInstance() : request;
        copy(response, body, "instructions", null);
        if (body.path("tools").isArray()) response.set("tools", body.get("tools").deepCopy());
        else response.putArray("tools");
        copy(response, body, "tool_choice", "auto");
        response.put("parallel_tool_calls", !body.path("parallel_tool_calls").isBoolean() || body.get("parallel_tool_calls").asBoolean());
        if (body.path("metadata").isObject()) response.set("metadata", body.get("metadata").deepCopy());
        else response.putObject("metadata");
        number(response, body, "temperature");
        number(response, body, "top_p");
        if (body.path("max_output_tokens").isIntegralNumber()) response.put("max_output_tokens", body.get("max_output_tokens").asInt());
        else response.putNull("max_output_tokens");
    }

    /** The request's value, else the default (a text, or null when the API answers null). */
    private static void copy(ObjectNode response, JsonNode body, String field, String absent) {
        JsonNode value = body.get(field);
        if (value != null && !value.isNull()) response.set(field, value.deepCopy());
        else if (absent != null) response.put(field, absent);
        else response.putNull(field);
    }

    /** Sampling settings default to 1 (the reference's default for both). */
    private static void number(ObjectNode response, JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value != null && value.isNumber()) response.set(field, value.deepCopy());
        else response.put(field, 1.0);
    }
}
