package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stream's chunks assembled the way an SDK accumulates them into one message per choice: content and
 * refusal text concatenated, tool calls gathered by {@code index} (id, name, arguments concatenated and read
 * as JSON when they parse), the last finish reason, the log-probability entries in order, the usage. Two
 * streams that assemble to the same value say the same thing, however they were cut into chunks.
 */
final class StreamAssembly {
    private StreamAssembly() {}

    static JsonNode of(List<JsonNode> chunks) {
        Map<Integer, ObjectNode> choices = new TreeMap<>();
        Map<Integer, Map<Integer, ObjectNode>> calls = new TreeMap<>();
        JsonNode usage = null;
        for (JsonNode chunk : chunks) {
            if (chunk.hasNonNull("usage")) usage = chunk.get("usage");
            for (JsonNode c : chunk.path("choices")) {
                int index = c.path("index").asInt(0);
                ObjectNode choice = choices.computeIfAbsent(index, i -> newChoice(i));
                JsonNode delta = c.path("delta");
                append(choice.with("message"), "content", delta.path("content"));
                append(choice.with("message"), "refusal", delta.path("refusal"));
                if (delta.path("role").isTextual()) choice.with("message").put("role", delta.get("role").textValue());
                for (JsonNode t : delta.path("tool_calls")) toolCall(calls.computeIfAbsent(index, i -> new TreeMap<>()), t);
                if (c.hasNonNull("finish_reason")) choice.set("finish_reason", c.get("finish_reason"));
                for (JsonNode lp : c.path("logprobs").path("content")) choice.with("logprobs").withArray("content").add(lp);
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
            list.add(choice);
        });
        if (usage != null) out.set("usage", usage);
        return out;
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

    private static void toolCall(Map<Integer, ObjectNode> calls, JsonNode delta) {
        ObjectNode call = calls.computeIfAbsent(delta.path("index").asInt(0), i -> {
            ObjectNode c = Json.object();
            c.putObject("function").put("arguments", "");
            return c;
        });
        if (delta.path("id").isTextual()) call.put("id", delta.get("id").textValue());
        if (delta.path("type").isTextual()) call.put("type", delta.get("type").textValue());
        JsonNode f = delta.path("function");
        if (f.path("name").isTextual()) call.with("function").put("name", f.get("name").textValue());
        if (f.path("arguments").isTextual()) {
            call.with("function").put("arguments", call.with("function").path("arguments").asText("") + f.get("arguments").textValue());
        }
    }

    /** Arguments compare as JSON values when they parse: a gateway may re-serialise them. */
    static ObjectNode parsedArguments(ObjectNode call) {
        ObjectNode copy = call.deepCopy();
        JsonNode args = copy.path("function").path("arguments");
        if (args.isTextual()) Json.parse(args.textValue()).ifPresent(v -> copy.with("function").set("arguments", v));
        return copy;
    }
}
