package dev.cutover.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.ProviderScript;
import java.util.List;
import java.util.Map;

/**
 * One chat completion decided from a script and a request; renders the non-streaming body and the
 * parts every stream chunk shares.
 *
 * @param content      null when the reply is only tool calls, a function call or a refusal (OpenAI sends
 *                     {@code "content": null} then)
 * @param topLogprobs  alternatives per token, as the request's {@code top_logprobs} asks
 * @param script       the rest of what the provider was scripted to say (refusal, reasoning, service tier, …)
 */
record ChatReply(String id, long created, String model, String content, List<ToolCall> toolCalls,
                 String finishReason, boolean logprobs, int topLogprobs, int n, int promptTokens, int completionTokens,
                 ProviderScript script) {

    /** Fingerprint of the "backend" unless the script names one; fixed so clients can compare it across replies. */
    static final String FINGERPRINT = "fp_cutover_mock";

    record ToolCall(String id, String name, String arguments) {}

    static ChatReply of(ApiRequest request, ProviderScript script) {
        List<ToolCall> calls = script.toolCalls().stream()
                .map(t -> new ToolCall(Ids.next("call_", 24), t.name(), t.arguments() == null ? "{}" : t.arguments()))
                .toList();
        // A script cannot say "no content" (null becomes the default text), so with tool calls, a function call or a
        // refusal the default text means "none", as such a model replies.
        String content = script.content();
        boolean otherAnswer = !calls.isEmpty() || script.functionCall() != null || script.refusal() != null;
        if (otherAnswer && (content.isEmpty() || content.equals(ProviderScript.DEFAULT_CONTENT))) content = null;
        // stop_sequence is the neutral word for "stopped at a stop sequence": Anthropic says so; OpenAI says stop.
        String finish = "stop_sequence".equals(script.effectiveFinishReason()) ? "stop" : script.effectiveFinishReason();
        int n = request.n();
        int prompt;
        int completion;
        if (script.usage() != null) {
            prompt = script.usage().promptTokens();
            completion = script.usage().completionTokens();
        } else {
            int perChoice = Words.count(content) + Words.count(script.refusal()) + Words.count(script.reasoning())
                    + calls.stream().mapToInt(c -> Words.count(c.arguments())).sum()
                    + (script.functionCall() == null ? 0 : Words.count(script.functionCall().arguments()));
            prompt = Words.count(request.promptText());
            completion = n * perChoice;
        }
        return new ChatReply(Ids.next("chatcmpl-", 29), System.currentTimeMillis() / 1000, request.model(),
                content, calls, finish, script.logprobs() || request.asksLogprobs(),
                request.topLogprobs(), n, prompt, completion, script);
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
            message.put("refusal", script.refusal());
            if (script.reasoning() != null) message.put("reasoning_content", script.reasoning());
            if (!toolCalls.isEmpty()) {
                ArrayNode calls = message.putArray("tool_calls");
                for (ToolCall c : toolCalls) {
                    ObjectNode call = calls.addObject();
                    call.put("id", c.id());
                    call.put("type", "function");
                    call.putObject("function").put("name", c.name()).put("arguments", c.arguments());
                }
            }
            ProviderScript.ToolCall f = script.functionCall();
            if (f != null) message.putObject("function_call").put("name", f.name()).put("arguments", argumentsOf(f));
            if (logprobs && (content != null || script.refusal() != null)) {
                choice.set("logprobs", Words.logprobs(content, script.refusal(), topLogprobs));
            } else {
                choice.putNull("logprobs");
            }
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
        if (script.serviceTier() != null) root.put("service_tier", script.serviceTier());
        root.put("system_fingerprint", script.systemFingerprint() == null ? FINGERPRINT : script.systemFingerprint());
        return root;
    }

    ObjectNode usage() {
        ObjectNode usage = Json.MAPPER.createObjectNode();
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        if (script.usage() != null) {
            details(usage, "prompt_tokens_details", script.usage().promptDetails());
            details(usage, "completion_tokens_details", script.usage().completionDetails());
        }
        return usage;
    }

    static String argumentsOf(ProviderScript.ToolCall call) {
        return call.arguments() == null ? "{}" : call.arguments();
    }

    private static void details(ObjectNode usage, String field, Map<String, Integer> values) {
        if (values.isEmpty()) return;
        ObjectNode d = usage.putObject(field);
        values.forEach(d::put);
    }
}
