package dev.cutover.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.ProviderScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A decided reply ({@link ChatReply}) as Gemini's generateContent sends it: one candidate whose
 * {@code content.parts} hold text ({@code thought: true} for reasoning) and {@code functionCall}s, a
 * {@code finishReason}, and {@code usageMetadata}. Streamed, each piece is a whole response of its own: server-sent
 * events with {@code alt=sse}, else one JSON array written as it grows ({@code [}, then {@code ,\r\n} before each
 * further element, {@code ]} at the end — the framing gateways split on). Function calls arrive whole, in one
 * chunk, as Gemini sends them; the last chunk carries the finish reason and the full usage, earlier ones the
 * prompt's count only.
 */
final class GeminiReply {
    private GeminiReply() {}

    /** The neutral finish reason in Gemini's words: a tool call ends with STOP there; its own words pass as they are. */
    static String finishReason(String neutral) {
        return switch (neutral) {
            case "stop", "tool_calls", "function_call", "stop_sequence" -> "STOP";
            case "length" -> "MAX_TOKENS";
            case "content_filter" -> "SAFETY";
            default -> neutral;
        };
    }

    static ObjectNode response(ChatReply reply) {
        ProviderScript script = reply.script();
        return chunk(reply, parts -> {
            if (script.reasoning() != null) parts.addObject().put("text", script.reasoning()).put("thought", true);
            String text = text(reply);
            if (text != null && !text.isEmpty()) parts.addObject().put("text", text);
            functionCalls(reply, parts);
        }, true);
    }

    static List<StreamEvent> stream(ChatReply reply, boolean sse) {
        ProviderScript script = reply.script();
        List<Consumer<ArrayNode>> pieces = new ArrayList<>();
        if (script.reasoning() != null) {
            for (String part : Words.chunks(script.reasoning(), script.chunkWords())) {
                pieces.add(parts -> parts.addObject().put("text", part).put("thought", true));
            }
        }
        String text = text(reply);
        if (text != null && !text.isEmpty()) {
            for (String part : Words.chunks(text, script.chunkWords())) pieces.add(parts -> parts.addObject().put("text", part));
        }
        if (!calls(reply).isEmpty()) pieces.add(parts -> functionCalls(reply, parts));
        if (pieces.isEmpty()) pieces.add(parts -> parts.addObject().put("text", ""));
        List<StreamEvent> events = new ArrayList<>();
        long at = script.ttftMs();
        for (int p = 0; p < pieces.size(); p++) {
            if (p > 0) at += script.gapBefore(p);
            boolean last = p == pieces.size() - 1 && script.streamError() == null;
            events.add(new StreamEvent(at, frame(chunk(reply, pieces.get(p), last), p == 0, sse)));
        }
        if (script.streamError() != null) {
            ProviderScript.ErrorReply e = script.streamError();
            ApiError error = new ApiError(500, e.message() != null ? e.message() : "An internal error has occurred.", e.type(), null, null);
            events.add(new StreamEvent(at, frame(DialectErrors.gemini(error, null), false, sse)));
        }
        if (!sse) events.add(new StreamEvent(at, "\n]"));
        return events;
    }

    private static String frame(ObjectNode json, boolean first, boolean sse) {
        if (sse) return "data: " + json + "\r\n\r\n";
        return (first ? "[" : "\n,\r\n") + json;
    }

    /** One response: the candidate's parts, and on the last one the finish reason and the whole usage. */
    private static ObjectNode chunk(ChatReply reply, Consumer<ArrayNode> fill, boolean last) {
        ObjectNode root = Json.object();
        ObjectNode candidate = root.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        fill.accept(content.putArray("parts"));
        content.put("role", "model");
        if (last) candidate.put("finishReason", finishReason(reply.script().effectiveFinishReason()));
        candidate.put("index", 0);
        root.set("usageMetadata", usage(reply, last));
        root.put("modelVersion", reply.model());
        root.put("responseId", reply.id().substring(reply.id().indexOf('-') + 1));
        return root;
    }

    private static void functionCalls(ChatReply reply, ArrayNode parts) {
        for (ChatReply.ToolCall c : calls(reply)) {
            JsonNode args = Json.parse(c.arguments()).filter(JsonNode::isObject).orElseGet(Json::object);
            parts.addObject().putObject("functionCall").put("name", c.name()).set("args", args);
        }
    }

    private static List<ChatReply.ToolCall> calls(ChatReply reply) {
        List<ChatReply.ToolCall> out = new ArrayList<>(reply.toolCalls());
        ProviderScript.ToolCall f = reply.script().functionCall();
        if (f != null) out.add(new ChatReply.ToolCall("", f.name(), ChatReply.argumentsOf(f)));
        return out;
    }

    /** Gemini has no refusal field: a refusal is the text of the answer. */
    private static String text(ChatReply reply) {
        return reply.content() != null ? reply.content() : reply.script().refusal();
    }

    /**
     * promptTokenCount counts the whole prompt (cachedContentTokenCount is part of it); reasoning is counted apart
     * from the answer (thoughtsTokenCount), and totalTokenCount holds both.
     */
    private static ObjectNode usage(ChatReply reply, boolean whole) {
        ObjectNode usage = Json.object();
        usage.put("promptTokenCount", reply.promptTokens());
        if (!whole) return usage.put("totalTokenCount", reply.promptTokens());
        ProviderScript.Usage scripted = reply.script().usage();
        Map<String, Integer> prompt = scripted == null ? Map.of() : scripted.promptDetails();
        int thoughts = scripted == null ? 0 : scripted.completionDetails().getOrDefault("reasoning_tokens", 0);
        usage.put("candidatesTokenCount", Math.max(0, reply.completionTokens() - thoughts));
        usage.put("totalTokenCount", reply.promptTokens() + reply.completionTokens());
        if (prompt.getOrDefault("cached_tokens", 0) > 0) usage.put("cachedContentTokenCount", prompt.get("cached_tokens"));
        if (thoughts > 0) usage.put("thoughtsTokenCount", thoughts);
        return usage;
    }
}
