package dev.cutover.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * then the generated pieces (content chunks of {@code chunk_words} words, then tool-call deltas), the
 * first at {@code ttft_ms} and each later one {@code gapBefore(i)} after the previous; the finish chunk with the last piece; the usage chunk if asked; {@code [DONE]}.
 * With n &gt; 1 every step carries one chunk per choice.
 */
final class ChatStream {
    /** Tool arguments arrive in fragments of this many characters, as a tokenizer would cut JSON. */
    private static final int ARGUMENT_FRAGMENT = 8;

    private final ChatReply reply;
    private final boolean includeUsage;
    private final List<StreamEvent> events = new ArrayList<>();

    private ChatStream(ChatReply reply, boolean includeUsage) {
        this.reply = reply;
        this.includeUsage = includeUsage;
    }

    static List<StreamEvent> plan(ChatReply reply, ProviderScript script, boolean includeUsage) {
        ChatStream s = new ChatStream(reply, includeUsage);
        s.everyChoice(script.firstEventMs(), i -> s.delta(i, d -> d.put("role", "assistant").put("content", "").putNull("refusal"), null));
        List<IntFunction<ObjectNode>> pieces = s.pieces(script.chunkWords());
        long at = script.ttftMs();
        for (int p = 0; p < pieces.size(); p++) {
            if (p > 0) at += script.gapBefore(p);
            s.everyChoice(at, pieces.get(p));
        }
        s.everyChoice(at, i -> s.chunk(i, Json.MAPPER.createObjectNode(), null, reply.finishReason()));
        if (includeUsage) {
            ObjectNode last = reply.header("chat.completion.chunk");
            last.putArray("choices");
            last.set("usage", reply.usage());
            s.events.add(StreamEvent.data(at, last.toString()));
        }
        s.events.add(StreamEvent.data(at, "[DONE]"));
        return s.events;
    }

    private List<IntFunction<ObjectNode>> pieces(int chunkWords) {
        List<IntFunction<ObjectNode>> pieces = new ArrayList<>();
        if (reply.content() != null) {
            for (String text : Words.chunks(reply.content(), chunkWords)) {
                ObjectNode logprobs = reply.logprobs() ? Words.logprobs(text) : null;
                pieces.add(i -> delta(i, d -> d.put("content", text), logprobs));
            }
        }
        for (int t = 0; t < reply.toolCalls().size(); t++) {
            ChatReply.ToolCall call = reply.toolCalls().get(t);
            int index = t;
            pieces.add(i -> delta(i, d -> {
                ObjectNode c = toolCall(d, index).put("id", call.id()).put("type", "function");
                c.putObject("function").put("name", call.name()).put("arguments", "");
            }, null));
            String args = call.arguments();
            for (int from = 0; from < args.length(); from += ARGUMENT_FRAGMENT) {
                String fragment = args.substring(from, Math.min(args.length(), from + ARGUMENT_FRAGMENT));
                pieces.add(i -> delta(i, d -> toolCall(d, index).putObject("function").put("arguments", fragment), null));
            }
        }
        return pieces;
    }

    private static ObjectNode toolCall(ObjectNode delta, int index) {
        ObjectNode call = delta.putArray("tool_calls").addObject();
        call.put("index", index);
        return call;
    }

    private void everyChoice(long at, IntFunction<ObjectNode> chunkFor) {
        for (int i = 0; i < reply.n(); i++) events.add(StreamEvent.data(at, chunkFor.apply(i).toString()));
    }

    private ObjectNode delta(int choice, Consumer<ObjectNode> fill, ObjectNode logprobs) {
        ObjectNode delta = Json.MAPPER.createObjectNode();
        fill.accept(delta);
        return chunk(choice, delta, logprobs, null);
    }

    private ObjectNode chunk(int choice, ObjectNode delta, ObjectNode logprobs, String finishReason) {
        ObjectNode root = reply.header("chat.completion.chunk");
        ArrayNode choices = root.putArray("choices");
        ObjectNode c = choices.addObject();
        c.put("index", choice);
        c.set("delta", delta);
        if (logprobs != null) c.set("logprobs", logprobs);
        else c.putNull("logprobs");
        c.put("finish_reason", finishReason);
        if (includeUsage) root.putNull("usage");
        return root;
    }
}
