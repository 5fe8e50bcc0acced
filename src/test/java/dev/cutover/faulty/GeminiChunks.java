package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;

/**
 * Gemini's streamed responses (server-sent events with {@code alt=sse}, each a whole response) as chat.completion.chunk
 * events: the role with the first, text and whole function calls (numbered from 0) as they come, the finish chunk
 * when a candidate names its finish reason; Gemini sends no end event, so usage (when asked) and [DONE] go out
 * when the provider's connection ends.
 */
final class GeminiChunks implements StreamTranslation {
    private final TranslationDefect defect;
    private final boolean includeUsage;
    private final String model;
    private final long created = System.currentTimeMillis() / 1000;
    private boolean started;
    private int calls;
    private JsonNode usage;

    GeminiChunks(TranslationDefect defect, boolean includeUsage, String model) {
        this.defect = defect;
        this.includeUsage = includeUsage;
        this.model = model;
    }

    @Override
    public boolean ended() {
        return false;
    }

    @Override
    public String translate(String data) {
        JsonNode response = Json.parse(data).orElse(Json.object());
        StringBuilder sse = new StringBuilder();
        if (!started) {
            started = true;
            sse.append(chunk(Json.object().put("role", "assistant").put("content", ""), null));
        }
        JsonNode candidate = response.path("candidates").path(0);
        for (JsonNode part : candidate.path("content").path("parts")) {
            if (part.has("functionCall")) {
                ObjectNode call = GeminiTranslation.call(part.get("functionCall"), calls);
                call.put("index", calls++);
                ObjectNode delta = Json.object();
                delta.putArray("tool_calls").add(call);
                sse.append(chunk(delta, null));
            } else if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) {
                sse.append(chunk(Json.object().put("content", part.get("text").textValue()), null));
            }
        }
        if (response.has("usageMetadata")) usage = response.get("usageMetadata");
        String finish = GeminiTranslation.finishReason(candidate.path("finishReason").asText(null), calls > 0, defect);
        if (finish != null) sse.append(chunk(Json.object(), finish));
        return sse.toString();
    }

    @Override
    public String atEnd() {
        StringBuilder sse = new StringBuilder();
        if (includeUsage && usage != null) {
            ObjectNode last = base();
            last.putArray("choices");
            last.set("usage", GeminiTranslation.usage(usage));
            sse.append("data: ").append(last).append("\n\n");
        }
        return sse.append("data: [DONE]\n\n").toString();
    }

    private ObjectNode base() {
        return Json.object().put("id", "chatcmpl-gemini").put("object", "chat.completion.chunk").put("created", created).put("model", model);
    }

    private String chunk(ObjectNode delta, String finish) {
        ObjectNode c = base();
        ObjectNode choice = c.putArray("choices").addObject().put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finish == null) choice.putNull("finish_reason");
        else choice.put("finish_reason", finish);
        return "data: " + c + "\n\n";
    }
}
