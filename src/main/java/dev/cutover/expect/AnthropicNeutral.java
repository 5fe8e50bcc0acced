package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Anthropic's Messages API in the neutral words ({@link Neutral}): {@code system} and the content blocks of a
 * request, a {@code message} and its stream of content-block events. The translations are the ones Anthropic's
 * own OpenAI compatibility documents: {@code end_turn} and {@code stop_sequence} are {@code stop},
 * {@code max_tokens} is {@code length}, {@code tool_use} is {@code tool_calls}, {@code refusal} is
 * {@code content_filter}; {@code input_tokens} leave out what was read from or written to the cache, so the prompt
 * OpenAI counts is their sum.
 */
final class AnthropicNeutral {
    private AnthropicNeutral() {}

    static String finishReason(String stopReason) {
        if (stopReason == null) return null;
        return switch (stopReason) {
            case "max_tokens" -> "length";
            case "tool_use" -> "tool_calls";
            case "refusal" -> "content_filter";
            default -> "stop";
        };
    }

    static ObjectNode request(JsonNode body) {
        ObjectNode out = Json.object();
        if (body.path("model").isTextual()) out.set("model", body.get("model"));
        StringBuilder system = new StringBuilder();
        Neutral.appendText(body.get("system"), system);
        if (!system.isEmpty()) out.put("system", Neutral.squeeze(system));
        ArrayNode messages = out.putArray("messages");
        for (JsonNode m : body.path("messages")) {
            String role = m.path("role").asText();
            JsonNode content = m.path("content");
            if (content.isTextual()) {
                messages.addObject().put("role", role).put("content", content.textValue());
                continue;
            }
            ObjectNode said = Json.object().put("role", role);
            StringBuilder text = new StringBuilder();
            for (JsonNode block : content) {
                switch (block.path("type").asText()) {
                    case "text" -> text.append(block.path("text").asText());
                    case "tool_use" -> Neutral.toolCall(said.withArray("tool_calls"), block.path("id").asText(null),
                            block.path("name").asText(), block.path("input"));
                    // A tool result is a message of its own in OpenAI's words, before any text of the same turn.
                    case "tool_result" -> {
                        ObjectNode result = messages.addObject().put("role", "tool").put("tool_call_id", block.path("tool_use_id").asText());
                        Neutral.text(result, block.get("content"));
                    }
                    default -> { }
                }
            }
            if (!text.isEmpty()) said.put("content", text.toString());
            if (said.size() > 1) messages.add(said);
        }
        copy(body, "max_tokens", out, "max_tokens");
        copy(body, "temperature", out, "temperature");
        copy(body, "top_p", out, "top_p");
        copy(body, "stop_sequences", out, "stop");
        if (body.path("stream").asBoolean(false)) out.put("stream", true);
        copy(body.path("metadata"), "user_id", out, "user");
        for (JsonNode t : body.path("tools")) {
            ObjectNode tool = out.withArray("tools").addObject().put("name", t.path("name").asText());
            if (t.path("description").isTextual()) tool.set("description", t.get("description"));
            if (t.path("input_schema").isObject()) tool.set("parameters", t.get("input_schema"));
        }
        return out;
    }

    /** A whole {@code message}. */
    static ObjectNode answer(JsonNode message) {
        List<JsonNode> blocks = new ArrayList<>();
        message.path("content").forEach(blocks::add);
        JsonNode u = message.path("usage");
        return neutral(blocks, message.path("stop_reason").asText(null), u, u.path("output_tokens").asInt());
    }

    /** The data of a stream's events, assembled by block index as Anthropic's SDKs do. */
    static ObjectNode stream(List<JsonNode> events) {
        TreeMap<Integer, ObjectNode> blocks = new TreeMap<>();
        JsonNode startUsage = Json.object();
        String stopReason = null;
        int output = 0;
        for (JsonNode e : events) {
            switch (e.path("type").asText()) {
                case "message_start" -> {
                    startUsage = e.path("message").path("usage");
                    output = startUsage.path("output_tokens").asInt();
                }
                case "content_block_start" -> blocks.put(e.path("index").asInt(), ((ObjectNode) e.path("content_block")).deepCopy());
                case "content_block_delta" -> delta(blocks.computeIfAbsent(e.path("index").asInt(), i -> Json.object()), e.path("delta"));
                case "message_delta" -> {
                    if (e.path("delta").path("stop_reason").isTextual()) stopReason = e.path("delta").get("stop_reason").textValue();
                    if (e.path("usage").path("output_tokens").isNumber()) output = e.path("usage").get("output_tokens").asInt();
                }
                default -> { }
            }
        }
        List<JsonNode> list = new ArrayList<>();
        for (ObjectNode b : blocks.values()) {
            // Streamed tool input is JSON text in pieces; whole, it is the block's input.
            if (b.has("partial_json")) b.set("input", Json.parse(b.remove("partial_json").asText()).orElse(b.path("input")));
            list.add(b);
        }
        return neutral(list, stopReason, startUsage, output);
    }

    private static void delta(ObjectNode block, JsonNode delta) {
        if (delta.path("text").isTextual()) block.put("text", block.path("text").asText("") + delta.get("text").textValue());
        if (delta.path("partial_json").isTextual()) {
            block.put("partial_json", block.path("partial_json").asText("") + delta.get("partial_json").textValue());
        }
    }

    private static ObjectNode neutral(List<JsonNode> blocks, String stopReason, JsonNode usage, int output) {
        ObjectNode out = Json.object();
        ObjectNode message = Neutral.choice0(out);
        StringBuilder text = new StringBuilder();
        for (JsonNode b : blocks) {
            if (b.path("type").asText().equals("text")) text.append(b.path("text").asText());
            if (b.path("type").asText().equals("tool_use")) {
                Neutral.toolCall(message.withArray("tool_calls"), b.path("id").asText(null), b.path("name").asText(), b.path("input"));
            }
        }
        if (!text.isEmpty()) message.put("content", text.toString());
        String finish = finishReason(stopReason);
        if (finish != null) ((ObjectNode) out.get("choices").get(0)).put("finish_reason", finish);
        if (usage.isObject()) {
            int read = usage.path("cache_read_input_tokens").asInt(0);
            int prompt = usage.path("input_tokens").asInt() + read + usage.path("cache_creation_input_tokens").asInt(0);
            Neutral.usage(out, prompt, output, prompt + output, read);
        }
        return out;
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        JsonNode v = from.get(field);
        if (v != null && !v.isNull()) to.set(as, v);
    }
}
