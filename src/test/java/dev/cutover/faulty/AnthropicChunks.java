package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Anthropic's stream events, one at a time, as chat.completion.chunk events: the role chunk at message_start, text
 * and tool-call deltas from the content blocks (tool calls numbered from 0 in the order they start, whatever their
 * block index), the finish chunk at message_delta, the usage chunk (when the client asked for it) and [DONE] at
 * message_stop. An error event becomes OpenAI's in-stream error and ends the stream.
 */
final class AnthropicChunks implements StreamTranslation {
    private final TranslationDefect defect;
    private final boolean includeUsage;
    private final long created = System.currentTimeMillis() / 1000;
    private String id = "msg";
    private String model = "";
    private JsonNode startUsage = Json.object();
    private int output;
    private int toolCalls;
    private int toolIndex = -1;
    private boolean ended;

    AnthropicChunks(TranslationDefect defect, boolean includeUsage) {
        this.defect = defect;
        this.includeUsage = includeUsage;
    }

    @Override
    public boolean ended() {
        return ended;
    }

    /** Anthropic's stream ends with message_stop: one that just stops was cut, and the client sees it cut. */
    @Override
    public String atEnd() {
        return "";
    }

    @Override
    public String translate(String data) {
        JsonNode e = Json.parse(data).orElse(Json.object());
        List<String> out = new ArrayList<>();
        switch (e.path("type").asText()) {
            case "message_start" -> {
                JsonNode message = e.path("message");
                id = message.path("id").asText(id);
                model = message.path("model").asText(model);
                startUsage = message.path("usage");
                output = startUsage.path("output_tokens").asInt();
                out.add(chunk(Json.object().put("role", "assistant").put("content", ""), null));
            }
            case "content_block_start" -> {
                JsonNode block = e.path("content_block");
                if (block.path("type").asText().equals("tool_use")) {
                    toolIndex = defect == TranslationDefect.TOOL_INDEX_FROM_BLOCK ? e.path("index").asInt() : toolCalls;
                    toolCalls++;
                    ObjectNode call = Json.object().put("index", toolIndex).put("id", block.path("id").asText()).put("type", "function");
                    call.putObject("function").put("name", block.path("name").asText()).put("arguments", "");
                    out.add(chunk(toolDelta(call), null));
                }
            }
            case "content_block_delta" -> {
                JsonNode delta = e.path("delta");
                if (delta.path("text").isTextual()) out.add(chunk(Json.object().put("content", delta.get("text").textValue()), null));
                if (delta.path("partial_json").isTextual()) {
                    ObjectNode call = Json.object().put("index", toolIndex);
                    call.putObject("function").put("arguments", delta.get("partial_json").textValue());
                    out.add(chunk(toolDelta(call), null));
                }
            }
            case "message_delta" -> {
                if (e.path("usage").path("output_tokens").isNumber()) output = e.path("usage").get("output_tokens").asInt();
                String finish = AnthropicTranslation.finishReason(e.path("delta").path("stop_reason").asText(null), defect);
                if (finish != null) out.add(chunk(Json.object(), finish));
            }
            case "message_stop" -> {
                if (includeUsage) {
                    ObjectNode last = base();
                    last.putArray("choices");
                    last.set("usage", AnthropicTranslation.usage(startUsage, output, defect));
                    out.add(last.toString());
                }
                out.add("[DONE]");
                ended = true;
            }
            case "error" -> {
                out.add(AnthropicTranslation.error(e, 500).toString());
                ended = true;
            }
            default -> { } // ping, content_block_stop: nothing for the client
        }
        StringBuilder sse = new StringBuilder();
        out.forEach(d -> sse.append("data: ").append(d).append("\n\n"));
        return sse.toString();
    }

    private static ObjectNode toolDelta(ObjectNode call) {
        ObjectNode delta = Json.object();
        delta.putArray("tool_calls").add(call);
        return delta;
    }

    private ObjectNode base() {
        return Json.object().put("id", id).put("object", "chat.completion.chunk").put("created", created).put("model", model);
    }

    private String chunk(ObjectNode delta, String finish) {
        ObjectNode c = base();
        ObjectNode choice = c.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finish == null) choice.putNull("finish_reason");
        else choice.put("finish_reason", finish);
        return c.toString();
    }
}
