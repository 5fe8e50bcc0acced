package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * The translation a gateway makes between OpenAI chat completions and Gemini's generateContent: system messages
 * become {@code systemInstruction}, messages {@code contents} ({@code model} for the assistant, a tool's result a
 * {@code functionResponse} named after the call it answers), limits {@code generationConfig}; back, each response's
 * parts become text and tool calls (ids made up: Gemini has none), {@code STOP} with function calls is
 * {@code tool_calls}, {@code MAX_TOKENS} {@code length}, the blocking reasons {@code content_filter}.
 */
final class GeminiTranslation {
    private GeminiTranslation() {}

    static ObjectNode request(JsonNode chat) {
        ObjectNode out = Json.object();
        StringBuilder system = new StringBuilder();
        ArrayNode contents = out.putArray("contents");
        Map<String, String> callNames = new HashMap<>();
        for (JsonNode m : chat.path("messages")) {
            String role = m.path("role").asText();
            String text = text(m.path("content"));
            switch (role) {
                case "system", "developer" -> system.append(system.isEmpty() ? "" : "\n").append(text);
                case "assistant" -> {
                    ArrayNode parts = contents.addObject().put("role", "model").putArray("parts");
                    if (!text.isEmpty()) parts.addObject().put("text", text);
                    for (JsonNode call : m.path("tool_calls")) {
                        String name = call.path("function").path("name").asText();
                        callNames.put(call.path("id").asText(), name);
                        parts.addObject().putObject("functionCall").put("name", name)
                                .set("args", Json.parse(call.path("function").path("arguments").asText("{}")).orElse(Json.object()));
                    }
                }
                case "tool" -> {
                    ObjectNode response = contents.addObject().put("role", "user").putArray("parts").addObject().putObject("functionResponse");
                    response.put("name", callNames.getOrDefault(m.path("tool_call_id").asText(), "tool"));
                    response.putObject("response").put("content", text);
                }
                default -> contents.addObject().put("role", "user").putArray("parts").addObject().put("text", text);
            }
        }
        if (!system.isEmpty()) out.putObject("systemInstruction").putArray("parts").addObject().put("text", system.toString());
        ObjectNode config = Json.object();
        JsonNode max = chat.has("max_tokens") ? chat.get("max_tokens") : chat.get("max_completion_tokens");
        if (max != null && max.isNumber()) config.set("maxOutputTokens", max);
        if (chat.has("temperature")) config.set("temperature", chat.get("temperature"));
        if (chat.has("top_p")) config.set("topP", chat.get("top_p"));
        JsonNode stop = chat.path("stop");
        if (stop.isTextual()) config.putArray("stopSequences").add(stop.textValue());
        else if (stop.isArray()) config.set("stopSequences", stop);
        if (!config.isEmpty()) out.set("generationConfig", config);
        ArrayNode declarations = Json.MAPPER.createArrayNode();
        for (JsonNode t : chat.path("tools")) {
            JsonNode f = t.path("function");
            ObjectNode d = declarations.addObject().put("name", f.path("name").asText());
            if (f.has("description")) d.set("description", f.get("description"));
            if (f.has("parameters")) d.set("parameters", f.get("parameters"));
        }
        if (!declarations.isEmpty()) out.putArray("tools").addObject().set("functionDeclarations", declarations);
        return out;
    }

    private static String text(JsonNode content) {
        if (content.isTextual()) return content.textValue();
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : content) if (part.path("text").isTextual()) sb.append(part.get("text").textValue());
        return sb.toString();
    }

    /** A whole response as a chat completion. */
    static ObjectNode completion(JsonNode response, String model, TranslationDefect defect) {
        ObjectNode out = Json.object().put("id", "chatcmpl-gemini").put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000).put("model", model);
        ObjectNode choice = out.putArray("choices").addObject().put("index", 0);
        ObjectNode said = choice.putObject("message").put("role", "assistant");
        JsonNode candidate = response.path("candidates").path(0);
        StringBuilder text = new StringBuilder();
        ArrayNode calls = Json.MAPPER.createArrayNode();
        for (JsonNode part : candidate.path("content").path("parts")) {
            if (part.has("functionCall")) calls.add(call(part.get("functionCall"), calls.size()));
            else if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) text.append(part.get("text").textValue());
        }
        if (text.isEmpty()) said.putNull("content");
        else said.put("content", text.toString());
        said.putNull("refusal");
        if (!calls.isEmpty()) said.set("tool_calls", calls);
        choice.putNull("logprobs").put("finish_reason", finishReason(candidate.path("finishReason").asText(null), !calls.isEmpty(), defect));
        if (response.has("usageMetadata")) out.set("usage", usage(response.get("usageMetadata")));
        return out;
    }

    static ObjectNode call(JsonNode functionCall, int index) {
        ObjectNode call = Json.object().put("id", "call_gemini_" + index).put("type", "function");
        call.putObject("function").put("name", functionCall.path("name").asText()).put("arguments", functionCall.path("args").toString());
        return call;
    }

    static String finishReason(String reason, boolean calledTools, TranslationDefect defect) {
        if (reason == null) return null;
        return switch (reason) {
            case "MAX_TOKENS" -> "length";
            case "SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII" -> "content_filter";
            default -> calledTools && defect != TranslationDefect.STOP_WITH_CALLS_AS_STOP ? "tool_calls" : "stop";
        };
    }

    /** Gemini's promptTokenCount already counts the cached part, as OpenAI's prompt_tokens does. */
    static ObjectNode usage(JsonNode meta) {
        int prompt = meta.path("promptTokenCount").asInt();
        int completion = meta.path("candidatesTokenCount").asInt() + meta.path("thoughtsTokenCount").asInt(0);
        ObjectNode u = Json.object().put("prompt_tokens", prompt).put("completion_tokens", completion).put("total_tokens", prompt + completion);
        int cached = meta.path("cachedContentTokenCount").asInt(0);
        if (cached > 0) u.putObject("prompt_tokens_details").put("cached_tokens", cached);
        return u;
    }

    /** OpenAI's envelope for Gemini's {@code {"error":{"code","message","status"}}}; the status word is the type. */
    static ObjectNode error(JsonNode gemini) {
        JsonNode e = gemini.path("error");
        ObjectNode out = Json.object();
        out.putObject("error").put("message", e.path("message").asText("provider error"))
                .put("type", e.path("status").asText("api_error")).putNull("param").putNull("code");
        return out;
    }
}
