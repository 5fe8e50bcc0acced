package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;

/**
 * The translation a gateway makes between OpenAI chat completions and Anthropic's Messages API, written from
 * Anthropic's OpenAI-compatibility page: system messages move to {@code system}, tool calls and results become
 * {@code tool_use} / {@code tool_result} blocks, {@code stop} becomes a {@code stop_sequences} list, a missing
 * {@code max_tokens} gets a default (Anthropic requires one); back, stop reasons map to finish reasons, and
 * {@code input_tokens} plus cache reads and writes are the prompt OpenAI counts. A {@link TranslationDefect} bends
 * one of these.
 */
final class AnthropicTranslation {
    /** What a gateway fills in when the client set no limit (LiteLLM's default for Anthropic). */
    static final int DEFAULT_MAX_TOKENS = 4096;

    private AnthropicTranslation() {}

    static ObjectNode request(JsonNode chat) {
        ObjectNode out = Json.object();
        out.set("model", chat.path("model"));
        StringBuilder system = new StringBuilder();
        ArrayNode messages = out.putArray("messages");
        for (JsonNode m : chat.path("messages")) {
            String role = m.path("role").asText();
            switch (role) {
                case "system", "developer" -> system.append(system.isEmpty() ? "" : "\n").append(text(m.path("content")));
                case "tool" -> {
                    ObjectNode result = Json.object().put("type", "tool_result").put("tool_use_id", m.path("tool_call_id").asText());
                    result.put("content", text(m.path("content")));
                    // Consecutive tool results answer one assistant turn: Anthropic wants them in one user message.
                    JsonNode last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
                    if (last != null && last.path("content").path(0).path("type").asText().equals("tool_result")) {
                        ((ArrayNode) last.get("content")).add(result);
                    } else {
                        messages.addObject().put("role", "user").putArray("content").add(result);
                    }
                }
                case "assistant" -> {
                    ArrayNode blocks = Json.MAPPER.createArrayNode();
                    String said = text(m.path("content"));
                    if (!said.isEmpty()) blocks.addObject().put("type", "text").put("text", said);
                    for (JsonNode call : m.path("tool_calls")) {
                        blocks.addObject().put("type", "tool_use").put("id", call.path("id").asText())
                                .put("name", call.path("function").path("name").asText())
                                .set("input", Json.parse(call.path("function").path("arguments").asText("{}")).orElse(Json.object()));
                    }
                    messages.addObject().put("role", "assistant").set("content", blocks);
                }
                default -> messages.addObject().put("role", "user").put("content", text(m.path("content")));
            }
        }
        if (!system.isEmpty()) out.put("system", system.toString());
        JsonNode max = chat.has("max_tokens") ? chat.get("max_tokens") : chat.get("max_completion_tokens");
        out.put("max_tokens", max == null || !max.isIntegralNumber() ? DEFAULT_MAX_TOKENS : max.asInt());
        for (String field : new String[] {"temperature", "top_p", "stream"}) if (chat.has(field)) out.set(field, chat.get(field));
        JsonNode stop = chat.path("stop");
        if (stop.isTextual()) out.putArray("stop_sequences").add(stop.textValue());
        else if (stop.isArray()) out.set("stop_sequences", stop);
        if (chat.path("user").isTextual()) out.putObject("metadata").set("user_id", chat.get("user"));
        for (JsonNode t : chat.path("tools")) {
            JsonNode f = t.path("function");
            ObjectNode tool = out.withArray("tools").addObject().put("name", f.path("name").asText());
            if (f.has("description")) tool.set("description", f.get("description"));
            tool.set("input_schema", f.has("parameters") ? f.get("parameters") : Json.object().put("type", "object"));
        }
        return out;
    }

    private static String text(JsonNode content) {
        if (content.isTextual()) return content.textValue();
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : content) if (part.path("text").isTextual()) sb.append(part.get("text").textValue());
        return sb.toString();
    }

    /** A whole Anthropic {@code message} as a chat completion. */
    static ObjectNode completion(JsonNode message, TranslationDefect defect) {
        ObjectNode out = Json.object().put("id", message.path("id").asText("msg")).put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000).put("model", message.path("model").asText());
        ObjectNode choice = out.putArray("choices").addObject().put("index", 0);
        ObjectNode said = choice.putObject("message").put("role", "assistant");
        StringBuilder text = new StringBuilder();
        ArrayNode calls = Json.MAPPER.createArrayNode();
        for (JsonNode block : message.path("content")) {
            if (block.path("type").asText().equals("text")) text.append(block.path("text").asText());
            if (block.path("type").asText().equals("tool_use")) {
                calls.addObject().put("id", block.path("id").asText()).put("type", "function").putObject("function")
                        .put("name", block.path("name").asText()).put("arguments", block.path("input").toString());
            }
        }
        if (text.isEmpty()) said.putNull("content");
        else said.put("content", text.toString());
        said.putNull("refusal");
        if (!calls.isEmpty()) said.set("tool_calls", calls);
        choice.putNull("logprobs").put("finish_reason", finishReason(message.path("stop_reason").asText(null), defect));
        out.set("usage", usage(message.path("usage"), message.path("usage").path("output_tokens").asInt(), defect));
        return out;
    }

    static String finishReason(String stopReason, TranslationDefect defect) {
        if (stopReason == null) return null;
        return switch (stopReason) {
            case "max_tokens" -> defect == TranslationDefect.MAX_TOKENS_AS_STOP ? "stop" : "length";
            case "tool_use" -> "tool_calls";
            case "refusal" -> "content_filter";
            default -> "stop";
        };
    }

    /** Anthropic counts cache reads and writes apart from input_tokens; OpenAI's prompt_tokens includes them. */
    static ObjectNode usage(JsonNode anthropic, int output, TranslationDefect defect) {
        int read = anthropic.path("cache_read_input_tokens").asInt(0);
        int prompt = anthropic.path("input_tokens").asInt() + read + anthropic.path("cache_creation_input_tokens").asInt(0);
        if (defect == TranslationDefect.USAGE_NOT_MAPPED) {
            prompt = anthropic.path("input_tokens").asInt();
            read = 0;
        }
        ObjectNode u = Json.object().put("prompt_tokens", prompt).put("completion_tokens", output).put("total_tokens", prompt + output);
        if (read > 0) u.putObject("prompt_tokens_details").put("cached_tokens", read);
        return u;
    }

    /** OpenAI's envelope for an Anthropic error ({@code {"type":"error","error":{"type","message"}}}). */
    static ObjectNode error(JsonNode anthropic, int status) {
        JsonNode e = anthropic.path("error");
        ObjectNode out = Json.object();
        out.putObject("error").put("message", e.path("message").asText("provider error " + status))
                .put("type", e.path("type").asText("api_error")).putNull("param").putNull("code");
        return out;
    }

    /** OpenAI says 503 for an overloaded engine; Anthropic's 529 is no status OpenAI's SDKs know. */
    static int status(int upstream, TranslationDefect defect) {
        if (upstream != 529) return upstream;
        return defect == TranslationDefect.OVERLOADED_AS_500 ? 500 : 503;
    }
}
