package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Dialect;
import dev.cutover.wire.Json;
import java.util.Set;

/**
 * Gemini's generateContent in the neutral words ({@link Neutral}): the model and the stream in the path,
 * {@code systemInstruction}, {@code contents} with their parts, {@code generationConfig}; an answer as the list of
 * responses a stream sends (one for a whole answer). Gemini has no tool-call ids, and it ends a turn that calls
 * tools with {@code STOP}: in OpenAI's words that turn finished with {@code tool_calls}, since that is what a client
 * acts on. {@code MAX_TOKENS} is {@code length}; the blocking reasons are {@code content_filter}. Its
 * {@code promptTokenCount} already counts the cached part; reasoning ({@code thoughtsTokenCount}) is part of the
 * completion in OpenAI's count.
 */
final class GeminiNeutral {
    private static final Set<String> BLOCKED = Set.of("SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII",
            "IMAGE_SAFETY");

    private GeminiNeutral() {}

    static String finishReason(String reason, boolean calledTools) {
        if (reason == null) return null;
        if (reason.equals("MAX_TOKENS")) return "length";
        if (BLOCKED.contains(reason)) return "content_filter";
        return calledTools ? "tool_calls" : "stop";
    }

    static ObjectNode request(JsonNode body, String path) {
        ObjectNode out = Json.object();
        String model = Dialect.geminiModel(path);
        if (model != null) out.put("model", model);
        StringBuilder system = new StringBuilder();
        Neutral.appendText(body.path("systemInstruction").get("parts"), system);
        if (!system.isEmpty()) out.put("system", Neutral.squeeze(system));
        ArrayNode messages = out.putArray("messages");
        for (JsonNode c : body.path("contents")) {
            String role = c.path("role").asText("user");
            ObjectNode m = Json.object().put("role", role.equals("model") ? "assistant" : "user");
            boolean result = false;
            for (JsonNode part : c.path("parts")) {
                if (part.has("functionCall")) {
                    Neutral.toolCall(m.withArray("tool_calls"), null, part.path("functionCall").path("name").asText(),
                            part.path("functionCall").path("args"));
                }
                result |= part.has("functionResponse");
            }
            Neutral.text(m, c.get("parts"));
            // A function's answer is a tool message in OpenAI's words; Gemini names no call id, and wraps the output.
            if (result) m.removeAll().put("role", "tool");
            messages.add(m);
        }
        JsonNode config = body.path("generationConfig");
        copy(config, "maxOutputTokens", out, "max_tokens");
        copy(config, "temperature", out, "temperature");
        copy(config, "topP", out, "top_p");
        JsonNode stop = config.path("stopSequences");
        if (stop.isTextual()) out.putArray("stop").add(stop.textValue());
        else if (stop.isArray()) out.set("stop", stop);
        if (Dialect.geminiStreams(path)) out.put("stream", true);
        for (JsonNode t : body.path("tools")) {
            for (JsonNode f : t.path("functionDeclarations")) out.withArray("tools").addObject().put("name", f.path("name").asText());
        }
        return out;
    }

    /** The responses of a stream (or the one of a whole answer): text and calls joined, the last finish and usage. */
    static ObjectNode answer(JsonNode responses) {
        ObjectNode out = Json.object();
        ObjectNode message = Neutral.choice0(out);
        StringBuilder text = new StringBuilder();
        String finish = null;
        JsonNode usage = null;
        for (JsonNode r : responses) {
            JsonNode candidate = r.path("candidates").path(0);
            for (JsonNode part : candidate.path("content").path("parts")) {
                if (part.has("functionCall")) {
                    Neutral.toolCall(message.withArray("tool_calls"), null, part.path("functionCall").path("name").asText(),
                            part.path("functionCall").path("args"));
                } else if (part.path("text").isTextual() && !part.path("thought").asBoolean(false)) {
                    text.append(part.get("text").textValue());
                }
            }
            if (candidate.path("finishReason").isTextual()) finish = candidate.get("finishReason").textValue();
            if (r.path("usageMetadata").isObject()) usage = r.get("usageMetadata");
        }
        if (!text.isEmpty()) message.put("content", text.toString());
        String mapped = finishReason(finish, message.has("tool_calls"));
        if (mapped != null) ((ObjectNode) out.get("choices").get(0)).put("finish_reason", mapped);
        if (usage != null) {
            int completion = usage.path("candidatesTokenCount").asInt() + usage.path("thoughtsTokenCount").asInt(0);
            Neutral.usage(out, usage.path("promptTokenCount").asInt(), completion, usage.path("totalTokenCount").asInt(),
                    usage.path("cachedContentTokenCount").asInt(0));
            int thoughts = usage.path("thoughtsTokenCount").asInt(0);
            if (thoughts > 0) ((ObjectNode) out.get("usage")).putObject("completion_tokens_details").put("reasoning_tokens", thoughts);
        }
        return out;
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        JsonNode v = from.get(field);
        if (v != null && !v.isNull()) to.set(as, v);
    }
}
