package dev.cutover.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.ProviderScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A decided reply ({@link ChatReply}) as Anthropic's Messages API sends it: a {@code message} with content blocks
 * ({@code thinking}, {@code text}, {@code tool_use}), {@code stop_reason} and usage, or the stream of
 * {@code message_start}, {@code ping}, {@code content_block_start / _delta / _stop} ({@code text_delta},
 * {@code input_json_delta}, {@code thinking_delta}), {@code message_delta} and {@code message_stop} events, timed as
 * the script says. Usage keeps the script's meaning: its {@code prompt_tokens} are the whole prompt, of which
 * {@code cached_tokens} were read from and {@code cache_write_tokens} written to the cache, so {@code input_tokens}
 * is what is left, as Anthropic counts it.
 */
final class AnthropicReply {
    /** Tool input arrives in fragments of this many characters, as a tokenizer would cut JSON. */
    private static final int FRAGMENT = 8;

    private AnthropicReply() {}

    /** The neutral finish reason in Anthropic's words; its own words pass as they are. */
    static String stopReason(String neutral) {
        return switch (neutral) {
            case "stop" -> "end_turn";
            case "length" -> "max_tokens";
            case "tool_calls", "function_call" -> "tool_use";
            case "content_filter" -> "refusal";
            default -> neutral;
        };
    }

    static ObjectNode message(ChatReply reply, ApiRequest request) {
        ObjectNode root = Json.object();
        root.put("id", messageId(reply));
        root.put("type", "message");
        root.put("role", "assistant");
        root.put("model", reply.model());
        ArrayNode content = root.putArray("content");
        ProviderScript script = reply.script();
        if (script.reasoning() != null) {
            content.addObject().put("type", "thinking").put("thinking", script.reasoning()).put("signature", signature(reply));
        }
        String text = text(reply);
        if (text != null && !text.isEmpty()) content.addObject().put("type", "text").put("text", text);
        for (ChatReply.ToolCall c : calls(reply)) {
            content.addObject().put("type", "tool_use").put("id", toolId(c)).put("name", c.name()).set("input", input(c.arguments()));
        }
        root.put("stop_reason", stopReason(reply.script().effectiveFinishReason()));
        stopSequence(root, reply, request);
        root.set("usage", usage(reply, reply.completionTokens()));
        return root;
    }

    /** The planned events; the block that opens is sent with its first delta, so a reset after two events has content. */
    static List<StreamEvent> stream(ChatReply reply, ApiRequest request) {
        ProviderScript script = reply.script();
        List<StreamEvent> events = new ArrayList<>();
        ObjectNode start = Json.object().put("type", "message_start");
        ObjectNode message = start.putObject("message").put("id", messageId(reply)).put("type", "message").put("role", "assistant")
                .put("model", reply.model());
        message.putArray("content");
        message.putNull("stop_reason");
        message.putNull("stop_sequence");
        message.set("usage", usage(reply, 1));
        events.add(new StreamEvent(script.firstEventMs(), event("message_start", start) + event("ping", Json.object().put("type", "ping"))));
        List<Block> blocks = blocks(reply);
        long at = script.ttftMs();
        int piece = 0;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String open = event("content_block_start", Json.object().put("type", "content_block_start").put("index", b).set("content_block", block.start));
            if (block.deltas.isEmpty()) events.add(new StreamEvent(at, open));
            for (int d = 0; d < block.deltas.size(); d++) {
                if (piece++ > 0) at += script.gapBefore(piece - 1);
                ObjectNode delta = Json.object().put("type", "content_block_delta").put("index", b);
                delta.set("delta", block.deltas.get(d));
                events.add(new StreamEvent(at, (d == 0 ? open : "") + event("content_block_delta", delta)));
            }
            events.add(new StreamEvent(at, event("content_block_stop", Json.object().put("type", "content_block_stop").put("index", b))));
        }
        if (script.streamError() != null) {
            ProviderScript.ErrorReply e = script.streamError();
            ApiError error = new ApiError(529, e.message() != null ? e.message() : "Overloaded", e.type(), e.param(), e.code());
            events.add(new StreamEvent(at, event("error", DialectErrors.anthropic(error))));
            return events;
        }
        ObjectNode delta = Json.object().put("type", "message_delta");
        ObjectNode d = delta.putObject("delta").put("stop_reason", stopReason(reply.script().effectiveFinishReason()));
        stopSequence(d, reply, request);
        delta.putObject("usage").put("output_tokens", reply.completionTokens());
        events.add(new StreamEvent(at, event("message_delta", delta)));
        events.add(new StreamEvent(at, event("message_stop", Json.object().put("type", "message_stop"))));
        return events;
    }

    private record Block(ObjectNode start, List<ObjectNode> deltas) {}

    private static List<Block> blocks(ChatReply reply) {
        ProviderScript script = reply.script();
        List<Block> blocks = new ArrayList<>();
        if (script.reasoning() != null) {
            List<ObjectNode> deltas = new ArrayList<>();
            for (String part : Words.chunks(script.reasoning(), script.chunkWords())) {
                deltas.add(Json.object().put("type", "thinking_delta").put("thinking", part));
            }
            deltas.add(Json.object().put("type", "signature_delta").put("signature", signature(reply)));
            blocks.add(new Block(Json.object().put("type", "thinking").put("thinking", ""), deltas));
        }
        String text = text(reply);
        if (text != null && !text.isEmpty()) {
            List<ObjectNode> deltas = new ArrayList<>();
            for (String part : Words.chunks(text, script.chunkWords())) deltas.add(Json.object().put("type", "text_delta").put("text", part));
            blocks.add(new Block(Json.object().put("type", "text").put("text", ""), deltas));
        }
        for (ChatReply.ToolCall c : calls(reply)) {
            ObjectNode start = Json.object().put("type", "tool_use").put("id", toolId(c)).put("name", c.name());
            start.putObject("input");
            List<ObjectNode> deltas = new ArrayList<>();
            String json = input(c.arguments()).toString();
            // Whole calls arrive in one delta; otherwise in fragments, as Anthropic streams tool input.
            int step = script.toolDeltas() == ProviderScript.ToolDeltas.WHOLE ? Math.max(1, json.length()) : FRAGMENT;
            for (int from = 0; from < json.length(); from += step) {
                deltas.add(Json.object().put("type", "input_json_delta").put("partial_json", json.substring(from, Math.min(json.length(), from + step))));
            }
            blocks.add(new Block(start, deltas));
        }
        return blocks;
    }

    /** Anthropic has no refusal field: a refusal is the text of the answer (with stop_reason refusal). */
    private static String text(ChatReply reply) {
        if (reply.content() != null) return reply.content();
        return reply.script().refusal();
    }

    /** Tool calls, a legacy function call among them: Anthropic knows only tool_use. */
    private static List<ChatReply.ToolCall> calls(ChatReply reply) {
        List<ChatReply.ToolCall> out = new ArrayList<>(reply.toolCalls());
        ProviderScript.ToolCall f = reply.script().functionCall();
        if (f != null) out.add(new ChatReply.ToolCall(Ids.next("call_", 24), f.name(), ChatReply.argumentsOf(f)));
        return out;
    }

    private static String toolId(ChatReply.ToolCall c) {
        return "toolu_" + c.id().substring(c.id().indexOf('_') + 1);
    }

    /** Anthropic's input is an object; scripted arguments that are no JSON object are sent as {@code {}}. */
    private static JsonNode input(String arguments) {
        return Json.parse(arguments).filter(JsonNode::isObject).orElseGet(Json::object);
    }

    private static String messageId(ChatReply reply) {
        return "msg_" + reply.id().substring(reply.id().indexOf('-') + 1);
    }

    private static String signature(ChatReply reply) {
        return "sig_" + reply.id().substring(reply.id().indexOf('-') + 1);
    }

    /** {@code stop_sequence}: the first of the request's stop sequences when the script stopped at one, else null. */
    private static void stopSequence(ObjectNode node, ChatReply reply, ApiRequest request) {
        JsonNode stops = request.stopSequences();
        boolean atOne = "stop_sequence".equals(reply.script().effectiveFinishReason()) && stops.isArray() && !stops.isEmpty();
        if (atOne) node.put("stop_sequence", stops.get(0).asText());
        else node.putNull("stop_sequence");
    }

    private static ObjectNode usage(ChatReply reply, int outputTokens) {
        Map<String, Integer> details = reply.script().usage() == null ? Map.of() : reply.script().usage().promptDetails();
        int read = details.getOrDefault("cached_tokens", 0);
        int written = details.getOrDefault("cache_write_tokens", 0);
        ObjectNode usage = Json.object();
        usage.put("input_tokens", Math.max(0, reply.promptTokens() - read - written));
        usage.put("cache_creation_input_tokens", written);
        usage.put("cache_read_input_tokens", read);
        usage.put("output_tokens", outputTokens);
        return usage;
    }

    private static String event(String name, ObjectNode data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }
}
