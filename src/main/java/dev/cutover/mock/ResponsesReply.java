package dev.cutover.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.ProviderScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A decided reply ({@link ChatReply}) as OpenAI's Responses API ({@code POST /v1/responses}) sends it: a
 * {@code response} object whose {@code output} holds a {@code message} item with one {@code output_text} part and a
 * {@code function_call} item per tool call, {@code status} {@code completed} (or {@code incomplete} with its reason
 * when the script stopped at the length limit or a filter), and usage in the API's words ({@code input_tokens}
 * including {@code input_tokens_details.cached_tokens}). Streamed, the typed events of the API reference, each
 * with its {@code sequence_number}: {@code response.created}, {@code response.in_progress}, per item
 * {@code response.output_item.added}, its text or argument deltas and {@code .done} events, then
 * {@code response.completed} (or {@code response.incomplete}) carrying the whole response. No {@code [DONE]}.
 */
final class ResponsesReply {
    private ResponsesReply() {}

    static ObjectNode whole(ChatReply reply, ApiRequest request) {
        ObjectNode response = header(reply, request, status(reply));
        ArrayNode output = response.putArray("output");
        String text = reply.content();
        if (text != null && !text.isEmpty()) output.add(message(reply, text, "completed"));
        for (ChatReply.ToolCall c : reply.toolCalls()) output.add(call(c, c.arguments(), "completed"));
        response.set("usage", usage(reply));
        return response;
    }

    static List<StreamEvent> stream(ChatReply reply, ApiRequest request) {
        ProviderScript script = reply.script();
        Events events = new Events();
        ObjectNode started = header(reply, request, "in_progress");
        started.putArray("output");
        started.putNull("usage");
        events.add(script.firstEventMs(), "response.created", Json.object().set("response", started));
        events.add(script.firstEventMs(), "response.in_progress", Json.object().set("response", started.deepCopy()));
        long at = script.ttftMs();
        int piece = 0;
        int index = 0;
        String text = reply.content();
        if (text != null && !text.isEmpty()) {
            ObjectNode item = message(reply, "", "in_progress");
            String id = item.get("id").asText();
            events.add(at, "response.output_item.added", Json.object().put("output_index", index).set("item", item));
            ObjectNode part = textPart("");
            events.add(at, "response.content_part.added", item(id, index).put("content_index", 0).set("part", part));
            for (String words : Words.chunks(text, script.chunkWords())) {
                if (piece++ > 0) at += script.gapBefore(piece - 1);
                events.add(at, "response.output_text.delta", withLogprobs(item(id, index).put("content_index", 0).put("delta", words)));
            }
            if (script.streamError() != null) return events.error(at, script.streamError());
            events.add(at, "response.output_text.done", withLogprobs(item(id, index).put("content_index", 0).put("text", text)));
            events.add(at, "response.content_part.done", item(id, index).put("content_index", 0)
                    .set("part", part.deepCopy().put("text", text)));
            events.add(at, "response.output_item.done", Json.object().put("output_index", index++)
                    .set("item", message(reply, text, "completed").put("id", id)));
        }
        for (ChatReply.ToolCall c : reply.toolCalls()) {
            ObjectNode item = call(c, "", "in_progress");
            String id = item.get("id").asText();
            events.add(at, "response.output_item.added", Json.object().put("output_index", index).set("item", item));
            if (piece++ > 0) at += script.gapBefore(piece - 1);
            events.add(at, "response.function_call_arguments.delta", item(id, index).put("delta", c.arguments()));
            events.add(at, "response.function_call_arguments.done", item(id, index).put("name", c.name()).put("arguments", c.arguments()));
            events.add(at, "response.output_item.done", Json.object().put("output_index", index++)
                    .set("item", call(c, c.arguments(), "completed").put("id", id)));
        }
        if (script.streamError() != null) return events.error(at, script.streamError());
        String status = status(reply);
        events.add(at, status.equals("completed") ? "response.completed" : "response.incomplete",
                Json.object().set("response", whole(reply, request)));
        return events.list;
    }

    /** The typed events in order, each numbered as the API numbers them. */
    private static final class Events {
        final List<StreamEvent> list = new ArrayList<>();
        int sequence;

        void add(long atMs, String type, ObjectNode data) {
            ObjectNode typed = Json.object().put("type", type);
            typed.setAll(data);
            typed.put("sequence_number", sequence++);
            list.add(new StreamEvent(atMs, "event: " + type + "\ndata: " + typed + "\n\n"));
        }

        /** A failure after the answer began: the API's {@code error} event ends the stream. */
        List<StreamEvent> error(long atMs, ProviderScript.ErrorReply e) {
            ObjectNode data = Json.object().put("code", e.code() == null ? "server_error" : e.code())
                    .put("message", e.message() == null ? "The server had an error while processing your request." : e.message());
            data.putNull("param");
            add(atMs, "error", data);
            return list;
        }
    }

    private static ObjectNode item(String id, int outputIndex) {
        return Json.object().put("item_id", id).put("output_index", outputIndex);
    }

    private static ObjectNode header(ChatReply reply, ApiRequest request, String status) {
        ObjectNode r = Json.object().put("id", "resp_" + suffix(reply)).put("object", "response").put("created_at", reply.created())
                .put("status", status).putNull("error");
        switch (reply.finishReason()) {
            case "length" -> r.putObject("incomplete_details").put("reason", "max_output_tokens");
            case "content_filter" -> r.putObject("incomplete_details").put("reason", "content_filter");
            default -> r.putNull("incomplete_details");
        }
        if (status.equals("in_progress")) r.putNull("incomplete_details");
        r.put("model", reply.model());
        ResponseSettings.echo(r, request.body());
        return r;
    }

    private static String status(ChatReply reply) {
        return reply.finishReason().equals("length") || reply.finishReason().equals("content_filter") ? "incomplete" : "completed";
    }

    private static ObjectNode message(ChatReply reply, String text, String status) {
        ObjectNode m = Json.object().put("type", "message").put("id", "msg_" + suffix(reply)).put("status", status).put("role", "assistant");
        ArrayNode content = m.putArray("content");
        if (!text.isEmpty()) content.add(textPart(text));
        return m;
    }

    /** An output_text part: no annotations and no logprobs (the mock scripts none), both present as the reference requires. */
    private static ObjectNode textPart(String text) {
        ObjectNode part = Json.object().put("type", "output_text").put("text", text);
        part.putArray("annotations");
        part.putArray("logprobs");
        return part;
    }

    /** Text delta and done events carry logprobs too, required by the reference even when none were asked for. */
    private static ObjectNode withLogprobs(ObjectNode event) {
        event.putArray("logprobs");
        return event;
    }

    private static ObjectNode call(ChatReply.ToolCall c, String arguments, String status) {
        String suffix = c.id().substring(c.id().indexOf('_') + 1);
        return Json.object().put("type", "function_call").put("id", "fc_" + suffix).put("call_id", c.id()).put("name", c.name())
                .put("arguments", arguments).put("status", status);
    }

    /** The Responses API's usage: input_tokens count the cached ones too, as chat completions' prompt_tokens do. */
    private static ObjectNode usage(ChatReply reply) {
        ProviderScript.Usage scripted = reply.script().usage();
        Map<String, Integer> in = scripted == null ? Map.of() : scripted.promptDetails();
        Map<String, Integer> out = scripted == null ? Map.of() : scripted.completionDetails();
        ObjectNode u = Json.object().put("input_tokens", reply.promptTokens());
        u.putObject("input_tokens_details").put("cached_tokens", in.getOrDefault("cached_tokens", 0))
                .put("cache_write_tokens", in.getOrDefault("cache_write_tokens", 0));
        u.put("output_tokens", reply.completionTokens());
        u.putObject("output_tokens_details").put("reasoning_tokens", out.getOrDefault("reasoning_tokens", 0));
        return u.put("total_tokens", reply.promptTokens() + reply.completionTokens());
    }

    private static String suffix(ChatReply reply) {
        return reply.id().substring(reply.id().indexOf('-') + 1);
    }
}
