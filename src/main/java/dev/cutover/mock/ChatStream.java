package dev.cutover.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.ErrorEnvelope;
import dev.cutover.wire.Json;
import dev.cutover.wire.ProviderScript;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The SSE events of a streamed chat completion, each with the moment it is due. Times are absolute
 * offsets from the headers, so a late write never pushes the later ones back.
 *
 * <p>Order: the role chunk, at once or with the first piece as the script's {@code first_event} says;
 * then the generated pieces — reasoning chunks, content chunks of {@code chunk_words} words, refusal chunks, a legacy
 * function call, tool-call deltas cut as {@code tool_deltas} says — the first at {@code ttft_ms} and each later one
 * {@code gapBefore(i)} after the previous; the finish chunk with the last piece; the usage chunk if asked;
 * {@code [DONE]}. A scripted {@code stream_error} takes the place of the last three: an error event, then the end.
 * With n &gt; 1 every step carries one chunk per choice.
 */
final class ChatStream {
    /** Tool arguments arrive in fragments of this many characters, as a tokenizer would cut JSON. */
    private static final int ARGUMENT_FRAGMENT = 8;

    private final ChatReply reply;
    private final boolean includeUsage;
    private final List<StreamEvent> events = new ArrayList<>();
    /** The shared fields as JSON, without the closing brace. */
    private final String head;

    private ChatStream(ChatReply reply, boolean includeUsage) {
        this.reply = reply;
        this.includeUsage = includeUsage;
        this.head = reply.headerJson("chat.completion.chunk");
    }

    static List<StreamEvent> plan(ChatReply reply, ProviderScript script, boolean includeUsage) {
        ChatStream s = new ChatStream(reply, includeUsage);
        s.everyChoice(script.firstEventMs(), i -> s.delta(i, d -> d.put("role", "assistant").put("content", "").putNull("refusal"), null));
        List<IntFunction<String>> pieces = s.pieces(script);
        long at = script.ttftMs();
        for (int p = 0; p < pieces.size(); p++) {
            if (p > 0) at += script.gapBefore(p);
            s.everyChoice(at, pieces.get(p));
        }
        if (script.streamError() != null) {
            ProviderScript.ErrorReply e = script.streamError();
            String message = e.message() != null ? e.message() : ApiError.serverError().message();
            ObjectNode error = new ErrorEnvelope(message, e.type() != null ? e.type() : "server_error", e.param(), e.code()).json();
            s.events.add(StreamEvent.data(at, error.toString()));
            return s.events;
        }
        s.everyChoice(at, i -> s.chunk(i, Json.MAPPER.createObjectNode(), null, reply.finishReason()));
        if (includeUsage) {
            s.events.add(StreamEvent.data(at, s.head + ",\"choices\":[],\"usage\":" + reply.usage() + "}"));
        }
        s.events.add(StreamEvent.data(at, "[DONE]"));
        return s.events;
    }

    private List<IntFunction<String>> pieces(ProviderScript script) {
        List<IntFunction<String>> pieces = new ArrayList<>();
        if (script.reasoning() != null) {
            for (String text : Words.chunks(script.reasoning(), script.chunkWords())) {
                pieces.add(i -> delta(i, d -> d.put("reasoning_content", text), null));
            }
        }
        texts(pieces, "content", reply.content(), script.chunkWords());
        texts(pieces, "refusal", script.refusal(), script.chunkWords());
        if (script.functionCall() != null) {
            ProviderScript.ToolCall f = script.functionCall();
            pieces.add(i -> delta(i, d -> d.putObject("function_call").put("name", f.name()).put("arguments", ""), null));
            for (String fragment : fragments(ChatReply.argumentsOf(f))) {
                pieces.add(i -> delta(i, d -> d.putObject("function_call").put("arguments", fragment), null));
            }
        }
        pieces.addAll(toolPieces(script.toolDeltas()));
        return pieces;
    }

    /** Chunks of {@code field} text, each with its own log probabilities when they are asked for. */
    private void texts(List<IntFunction<String>> pieces, String field, String text, int chunkWords) {
        if (text == null) return;
        for (String part : Words.chunks(text, chunkWords)) {
            ObjectNode logprobs = !reply.logprobs() ? null : field.equals("content")
                    ? Words.logprobs(part, null, reply.topLogprobs()) : Words.logprobs(null, part, reply.topLogprobs());
            pieces.add(i -> delta(i, d -> d.put(field, part), logprobs));
        }
    }

    private List<IntFunction<String>> toolPieces(ProviderScript.ToolDeltas how) {
        List<ChatReply.ToolCall> calls = reply.toolCalls();
        if (calls.isEmpty()) return List.of();
        if (how == ProviderScript.ToolDeltas.WHOLE) {
            return List.of(i -> delta(i, d -> {
                ArrayNode list = d.putArray("tool_calls");
                for (int t = 0; t < calls.size(); t++) start(list, t, calls.get(t)).put("arguments", calls.get(t).arguments());
            }, null));
        }
        List<List<IntFunction<String>>> perCall = new ArrayList<>();
        for (int t = 0; t < calls.size(); t++) {
            ChatReply.ToolCall call = calls.get(t);
            int index = t;
            List<IntFunction<String>> own = new ArrayList<>();
            own.add(i -> delta(i, d -> start(d.putArray("tool_calls"), index, call).put("arguments", ""), null));
            for (String fragment : fragments(call.arguments())) {
                own.add(i -> delta(i, d -> {
                    ObjectNode c = d.putArray("tool_calls").addObject().put("index", index);
                    c.putObject("function").put("arguments", fragment);
                }, null));
            }
            perCall.add(own);
        }
        List<IntFunction<String>> out = new ArrayList<>();
        if (how == ProviderScript.ToolDeltas.SEQUENTIAL) {
            perCall.forEach(out::addAll);
        } else {
            // Round robin: the first delta of every call, then the second of every call, …
            for (int k = 0; out.size() < perCall.stream().mapToInt(List::size).sum(); k++) {
                for (List<IntFunction<String>> own : perCall) if (k < own.size()) out.add(own.get(k));
            }
        }
        return out;
    }

    /** A tool call's opening delta (index, id, type, name); returns its function object for the arguments. */
    private static ObjectNode start(ArrayNode list, int index, ChatReply.ToolCall call) {
        ObjectNode c = list.addObject().put("index", index).put("id", call.id()).put("type", "function");
        return c.putObject("function").put("name", call.name());
    }

    private static List<String> fragments(String args) {
        List<String> out = new ArrayList<>();
        for (int from = 0; from < args.length(); from += ARGUMENT_FRAGMENT) {
            out.add(args.substring(from, Math.min(args.length(), from + ARGUMENT_FRAGMENT)));
        }
        return out;
    }

    private void everyChoice(long at, IntFunction<String> chunkFor) {
        for (int i = 0; i < reply.n(); i++) events.add(StreamEvent.data(at, chunkFor.apply(i)));
    }

    private String delta(int choice, Consumer<ObjectNode> fill, ObjectNode logprobs) {
        ObjectNode delta = Json.MAPPER.createObjectNode();
        fill.accept(delta);
        return chunk(choice, delta, logprobs, null);
    }

    /**
     * One chunk's JSON: the fields every chunk of the stream shares, written once ({@link #head}), then its choice.
     * The same text as the whole chunk built as one tree (ChatStreamTest holds them equal), without building and
     * writing the shared fields again for each of a stream's chunks: the mock plans every chunk of a stream the moment
     * its request arrives, on the event loop that times all the others.
     */
    private String chunk(int choice, ObjectNode delta, ObjectNode logprobs, String finishReason) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        c.put("index", choice);
        c.set("delta", delta);
        if (logprobs != null) c.set("logprobs", logprobs);
        else c.putNull("logprobs");
        c.put("finish_reason", finishReason);
        return head + ",\"choices\":[" + c + "]" + (includeUsage ? ",\"usage\":null}" : "}");
    }
}
