package dev.cutover.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.ProviderScript;
import java.util.List;

/**
 * One chat completion decided from a script and a request; renders the non-streaming body and the
 * parts every stream chunk shares.
 *
 * @param content null when the reply is only tool calls (OpenAI sends {@code "content": null} then)
 */
record ChatReply(String id, long created, String model, String content, List<ToolCall> toolCalls,
                 String finishReason, boolean logprobs, int n, int promptTokens, int completionTokens) {

    /** Fingerprint of the "backend"; fixed so clients can compare it across replies. */
    static final String FINGERPRINT = "fp_cutover_mock";

    record ToolCall(String id, String name, String arguments) {}

    static ChatReply of(ApiRequest request, ProviderScript script) {
        List<ToolCall> calls = script.toolCalls().stream()
                .map(t -> new ToolCall(Ids.next("call_", 24), t.name(), t.arguments() == null ? "{}" : t.arguments()))
                .toList();
        // A script cannot say "no content" (null becomes the default text), so with tool calls the
        // default text means "only tools", as a tool-calling model replies.
        String content = script.content();
        if (!calls.isEmpty() && (content.isEmpty() || content.equals(ProviderScript.DEFAULT_CONTENT))) content = null;
        int n = request.n();
        int prompt;
        int completion;
        if (script.usage() != null) {
            prompt = script.usage().promptTokens();
            completion = script.usage().completionTokens();
        } else {
            int perChoice = Words.count(content) + calls.stream().mapToInt(c -> Words.count(c.arguments())).sum();
            prompt = Words.count(request.promptText());
            completion = n * perChoice;
        }
        return new ChatReply(Ids.next("chatcmpl-", 29), System.currentTimeMillis() / 1000, request.model(),
                content, calls, script.effectiveFinishReason(), script.logprobs() || request.asksLogprobs(),
                n, prompt, completion);
    }

    ObjectNode completion() {
        ObjectNode root = header("chat.completion");
        ArrayNode choices = root.putArray("choices");
        for (int i = 0; i < n; i++) {
            ObjectNode choice = choices.addObject();
            choice.put("index", i);
            ObjectNode message = choice.putObject("message");
            message.put("role", "assistant");
            message.put("content", content);
            message.putNull("refusal");
            if (!toolCalls.isEmpty()) {
                ArrayNode calls = message.putArray("tool_calls");
                for (ToolCall c : toolCalls) {
                    ObjectNode call = calls.addObject();
                    call.put("id", c.id());
                    call.put("type", "function");
                    call.putObject("function").put("name", c.name()).put("arguments", c.arguments());
                }
            }
            if (logprobs && content != null) choice.set("logprobs", Words.logprobs(content));
            else choice.putNull("logprobs");
            choice.put("finish_reason", finishReason);
        }
        root.set("usage", usage());
        return root;
    }

    /** The fields before {@code choices}, identical in every chunk of one stream. */
    ObjectNode header(String object) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("id", id);
        root.put("object", object);
        root.put("created", created);
        root.put("model", model);
        root.put("system_fingerprint", FINGERPRINT);
        return root;
    }

    ObjectNode usage() {
        ObjectNode usage = Json.MAPPER.createObjectNode();
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        return usage;
    }
}
