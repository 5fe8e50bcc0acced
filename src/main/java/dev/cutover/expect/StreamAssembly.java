package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stream's chunks assembled the way an SDK accumulates them into one message per choice: content, refusal
 * and reasoning text ({@code reasoning_content}, {@code reasoning}) concatenated, tool calls gathered by
 * {@code index} (id, name, arguments concatenated as openai-python does, arguments read as JSON when they parse), a legacy
 * {@code function_call} likewise, the last finish reason, the log-probability entries in order; and, for the
 * whole stream, the usage and the last {@code service_tier}. Two streams that assemble to the same value say
 * the same thing, however they were cut into chunks.
 */
final class StreamAssembly {
    /** Where reasoning models stream their reasoning: DeepSeek and vLLM say reasoning_content, others reasoning. */
    private static final List<String> REASONING = List.of("reasoning_content", "reasoning");

    private StreamAssembly() {}

    static JsonNode of(List<JsonNode> chunks) {
        Map<Integer, ObjectNode> choices = new TreeMap<>();
        Map<Integer, Map<Integer, ObjectNode>> calls = new TreeMap<>();
        JsonNode usage = null;
        JsonNode tier = null;
        for (JsonNode chunk : chunks) {
            if (chunk.hasNonNull("usage")) usage = chunk.get("usage");
            if (chunk.hasNonNull("service_tier")) tier = chunk.get("service_tier");
            for (JsonNode c : chunk.path("choices")) {
                int index = c.path("index").asInt(0);
                ObjectNode choice = choices.computeIfAbsent(index, i -> newChoice(i));
                JsonNode delta = c.path("delta");
                append(choice.with("message"), "content", delta.path("content"));
                append(choice.with("message"), "refusal", delta.path("refusal"));
                for (String field : REASONING) append(choice.with("message"), field, delta.path(field));
                if (delta.path("function_call").isObject()) {
                    functionCall(choice.with("message").with("function_call"), delta.get("function_call"));
                }
                if (delta.path("role").isTextual()) choice.with("message").put("role", delta.get("role").textValue());
                for (JsonNode t : delta.path("tool_calls")) toolCall(calls.computeIfAbsent(index, i -> new TreeMap<>()), t);
                if (c.hasNonNull("finish_reason")) choice.set("finish_reason", c.get("finish_reason"));
                for (JsonNode lp : c.path("logprobs").path("content")) choice.with("logprobs").withArray("content").add(lp);
                for (JsonNode lp : c.path("logprobs").path("refusal")) choice.with("logprobs").withArray("refusal").add(lp);
            }
        }
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("choices");
        choices.forEach((i, choice) -> {
            Map<Integer, ObjectNode> byIndex = calls.getOrDefault(i, Map.of());
            if (!byIndex.isEmpty()) {
                ArrayNode tc = choice.with("message").putArray("tool_calls");
                byIndex.values().forEach(call -> tc.add(parsedArguments(call)));
            }
            JsonNode function = choice.path("message").path("function_call");
            if (function.isObject()) ((ObjectNode) choice.get("message")).set("function_call", parsedFunction((ObjectNode) function));
            list.add(choice);
        });
        if (usage != null) out.set("usage", usage);
        if (tier != null) out.set("service_tier", tier);
        return out;
    }

    /** A legacy function-call delta, merged like a tool call's (name and arguments appended). */
    private static void functionCall(ObjectNode call, JsonNode delta) {
        appendText(call, "name", delta.path("name"));
        appendText(call, "arguments", delta.path("arguments"));
    }

    private static ObjectNode newChoice(int index) {
        ObjectNode choice = Json.object();
        choice.put("index", index);
        choice.putObject("message");
        return choice;
    }

    private static void append(ObjectNode message, String field, JsonNode piece) {
        if (!piece.isTextual()) return;
        String before = message.path(field).isTextual() ? message.get(field).textValue() : "";
        message.put(field, before + piece.textValue());
    }

    /**
     * One tool-call delta merged as openai-python's stream accumulator merges it: text fields (id, name, arguments) are
     * appended, {@code type} is replaced by whatever the delta says (a {@code null} too), absent and null text leave
     * the call as it was. openai-node keeps the last id and name instead; Python's reading is the stricter one, and
     * OpenAI sends id, type and name once, in a call's first delta, so either reading of its streams is the same.
     */
    private static void toolCall(Map<Integer, ObjectNode> calls, JsonNode delta) {
        ObjectNode call = calls.computeIfAbsent(delta.path("index").asInt(0), i -> {
            ObjectNode c = Json.object();
            c.putObject("function").put("arguments", "");
            return c;
        });
        appendText(call, "id", delta.path("id"));
        if (delta.has("type")) call.set("type", delta.get("type"));
        JsonNode f = delta.path("function");
        appendText(call.with("function"), "name", f.path("name"));
        appendText(call.with("function"), "arguments", f.path("arguments"));
    }

    private static void appendText(ObjectNode into, String field, JsonNode piece) {
        if (!piece.isTextual()) return;
        into.put(field, into.path(field).asText("") + piece.textValue());
    }

    /** A legacy function call with its arguments read as JSON when they parse (see {@link #comparable}). */
    static ObjectNode parsedFunction(ObjectNode function) {
        ObjectNode copy = function.deepCopy();
        comparable(copy);
        return copy;
    }

    /** A tool call with its function's arguments read as JSON when they parse (see {@link #comparable}). */
    static ObjectNode parsedArguments(ObjectNode call) {
        ObjectNode copy = call.deepCopy();
        if (copy.path("function").isObject()) comparable((ObjectNode) copy.get("function"));
        return copy;
    }

    /**
     * Arguments compare as JSON values when they parse: a gateway may re-serialise them. They are a string of JSON
     * for every SDK (the caller parses it), so JSON in their place is no such string, and must not compare equal to
     * the string it was parsed from.
     */
    private static void comparable(ObjectNode function) {
        JsonNode args = function.path("arguments");
        if (args.isTextual()) Json.parse(args.textValue()).ifPresent(v -> function.set("arguments", v));
        else if (!args.isMissingNode() && !args.isNull()) function.put("arguments", "(not a string) " + args);
    }
}
