package dev.cutover.mock;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.ProviderScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    /**
     * The non-streaming body, written straight as JSON: the mock answers most requests with one of these, and
     * building it as a tree first cost a quarter of everything it allocated per request (docs/benchmark.md).
     */
    byte[] completion() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            g.writeStartObject();
            writeHeader(g, "chat.completion");
            g.writeArrayFieldStart("choices");
            for (int i = 0; i < n; i++) writeChoice(g, i);
            g.writeEndArray();
            g.writeFieldName("usage");
            g.writeTree(usage());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeChoice(JsonGenerator g, int index) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", index);
        g.writeObjectFieldStart("message");
        g.writeStringField("role", "assistant");
        g.writeStringField("content", content);
        g.writeStringField("refusal", script.refusal());
        if (script.reasoning() != null) g.writeStringField("reasoning_content", script.reasoning());
        if (!toolCalls.isEmpty()) {
            g.writeArrayFieldStart("tool_calls");
            for (ToolCall c : toolCalls) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("type", "function");
                writeFunction(g, c.name(), c.arguments());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        ProviderScript.ToolCall f = script.functionCall();
        if (f != null) {
            g.writeFieldName("function_call");
            g.writeStartObject();
            g.writeStringField("name", f.name());
            g.writeStringField("arguments", argumentsOf(f));
            g.writeEndObject();
        }
        g.writeEndObject();
        if (logprobs && (content != null || script.refusal() != null)) {
            g.writeFieldName("logprobs");
            g.writeTree(Words.logprobs(content, script.refusal(), topLogprobs));
        } else {
            g.writeNullField("logprobs");
        }
        g.writeStringField("finish_reason", finishReason);
        g.writeEndObject();
    }

    private static void writeFunction(JsonGenerator g, String name, String arguments) throws IOException {
        g.writeObjectFieldStart("function");
        g.writeStringField("name", name);
        g.writeStringField("arguments", arguments);
        g.writeEndObject();
    }

    /** The fields before {@code choices}, identical in every chunk of one stream, as JSON without its closing brace. */
    String headerJson(String object) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            g.writeStartObject();
            writeHeader(g, object);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String whole = out.toString();
        return whole.substring(0, whole.length() - 1);
    }

    private void writeHeader(JsonGenerator g, String object) throws IOException {
        g.writeStringField("id", id);
        g.writeStringField("object", object);
        g.writeNumberField("created", created);
        g.writeStringField("model", model);
        if (script.serviceTier() != null) g.writeStringField("service_tier", script.serviceTier());
        g.writeStringField("system_fingerprint", script.systemFingerprint() == null ? FINGERPRINT : script.systemFingerprint());
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
