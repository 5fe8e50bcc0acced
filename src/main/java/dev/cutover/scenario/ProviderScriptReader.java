package dev.cutover.scenario;

import dev.cutover.expect.ExpectationParser;
import dev.cutover.wire.Fault;
import dev.cutover.wire.FirstEvent;
import dev.cutover.wire.Json;
import dev.cutover.wire.ProviderScript;
import dev.cutover.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a scenario's {@code provider:} block into a {@link ProviderScript}. */
final class ProviderScriptReader {
    private static final List<String> KEYS = List.of("content", "chunk_words", "finish_reason", "tool_calls",
            "logprobs", "usage", "error", "fail_times", "headers", "delay_ms", "ttft_ms", "gap_ms", "fault",
            "raw_body", "embedding_dims", "first_event", "refusal", "reasoning", "service_tier", "system_fingerprint",
            "function_call", "tool_deltas", "stream_error");
    // The detail fields OpenAI's CompletionUsage names; another name is more likely a typo than a new field.
    private static final List<String> PROMPT_DETAILS = List.of("cached_tokens", "audio_tokens", "text_tokens", "image_tokens",
            "cache_write_tokens");
    private static final List<String> COMPLETION_DETAILS = List.of("reasoning_tokens", "audio_tokens", "text_tokens",
            "accepted_prediction_tokens", "rejected_prediction_tokens");

    private ProviderScriptReader() {}

    static ProviderScript read(Optional<YamlNode> maybe) {
        if (maybe.isEmpty()) return ProviderScript.DEFAULT;
        YamlNode n = maybe.get();
        n.onlyKeys(KEYS);
        ProviderScript.Builder b = ProviderScript.builder();
        n.get("content").map(YamlNode::text).ifPresent(b::content);
        n.get("chunk_words").map(v -> v.integer(1, Bounds.MAX_COUNT, "words")).ifPresent(b::chunkWords);
        n.get("finish_reason").map(v -> v.oneOf(java.util.Set.of("stop", "length", "tool_calls", "content_filter",
                "function_call", "stop_sequence"))).ifPresent(b::finishReason);
        n.get("tool_calls").map(ProviderScriptReader::toolCalls).ifPresent(b::toolCalls);
        n.get("logprobs").map(YamlNode::bool).ifPresent(b::logprobs);
        n.get("usage").map(ProviderScriptReader::usage).ifPresent(b::usage);
        n.get("error").map(ProviderScriptReader::error).ifPresent(b::error);
        n.get("fail_times").map(v -> v.integer(0, Bounds.MAX_REQUESTS, "")).ifPresent(b::failTimes);
        n.get("headers").map(Bounds::headers).ifPresent(b::headers);
        n.get("delay_ms").map(Bounds::millis).ifPresent(b::delayMs);
        n.get("ttft_ms").map(Bounds::millis).ifPresent(b::ttftMs);
        n.get("gap_ms").map(ProviderScriptReader::gaps).ifPresent(b::gapsMs);
        n.get("fault").map(v -> v.oneOf(Fault.class)).ifPresent(b::fault);
        n.get("raw_body").map(YamlNode::text).ifPresent(b::rawBody);
        n.get("embedding_dims").map(v -> v.integer(1, Bounds.MAX_COUNT, "dimensions")).ifPresent(b::embeddingDims);
        n.get("first_event").map(v -> v.oneOf(FirstEvent.class, FirstEvent::yamlName)).ifPresent(b::firstEvent);
        n.get("refusal").map(YamlNode::text).ifPresent(b::refusal);
        n.get("reasoning").map(YamlNode::text).ifPresent(b::reasoning);
        n.get("service_tier").map(YamlNode::text).ifPresent(b::serviceTier);
        n.get("system_fingerprint").map(YamlNode::text).ifPresent(b::systemFingerprint);
        n.get("function_call").map(ProviderScriptReader::toolCall).ifPresent(b::functionCall);
        n.get("tool_deltas").map(v -> v.oneOf(ProviderScript.ToolDeltas.class, ProviderScript.ToolDeltas::yamlName))
                .ifPresent(b::toolDeltas);
        n.get("stream_error").map(ProviderScriptReader::streamError).ifPresent(b::streamError);
        return b.build();
    }

    private static List<Integer> gaps(YamlNode n) {
        if (n.isScalar()) return List.of(Bounds.millis(n));
        List<YamlNode> items = n.items();
        if (items.isEmpty()) throw n.error("an empty list: give one gap, or a list of gaps in milliseconds");
        return items.stream().map(Bounds::millis).toList();
    }

    private static List<ProviderScript.ToolCall> toolCalls(YamlNode n) {
        List<ProviderScript.ToolCall> out = new ArrayList<>();
        for (YamlNode item : n.items()) out.add(toolCall(item));
        return out;
    }

    private static ProviderScript.ToolCall toolCall(YamlNode item) {
        item.onlyKeys(List.of("name", "arguments"));
        YamlNode args = item.require("arguments");
        String json = args.isScalar() ? args.text() : Json.write(args.plain());
        return new ProviderScript.ToolCall(item.require("name").text(), json);
    }

    private static ProviderScript.Usage usage(YamlNode n) {
        n.onlyKeys(List.of("prompt_tokens", "completion_tokens", "prompt_tokens_details", "completion_tokens_details"));
        return new ProviderScript.Usage(n.require("prompt_tokens").integer(0, Bounds.MAX_TOKENS, "tokens"),
                n.require("completion_tokens").integer(0, Bounds.MAX_TOKENS, "tokens"),
                n.get("prompt_tokens_details").map(d -> details(d, PROMPT_DETAILS)).orElse(Map.of()),
                n.get("completion_tokens_details").map(d -> details(d, COMPLETION_DETAILS)).orElse(Map.of()));
    }

    private static Map<String, Integer> details(YamlNode n, List<String> names) {
        n.onlyKeys(names);
        Map<String, Integer> out = new LinkedHashMap<>();
        n.entries().forEach((k, v) -> out.put(k, v.integer(0, Bounds.MAX_TOKENS, "tokens")));
        return out;
    }

    /** An error event's fields; a status has no meaning inside a stream that has already answered 200. */
    private static ProviderScript.ErrorReply streamError(YamlNode n) {
        n.onlyKeys(List.of("type", "code", "message", "param"));
        return new ProviderScript.ErrorReply(0,
                n.get("type").map(YamlNode::text).orElse(null),
                n.get("code").map(YamlNode::text).orElse(null),
                n.get("message").map(YamlNode::text).orElse(null),
                n.get("param").map(YamlNode::text).orElse(null));
    }

    private static ProviderScript.ErrorReply error(YamlNode n) {
        n.onlyKeys(List.of("status", "type", "code", "message", "param"));
        int s = n.require("status").integer(ExpectationParser.MIN_STATUS, ExpectationParser.MAX_STATUS, "(HTTP statuses)");
        return new ProviderScript.ErrorReply(s,
                n.get("type").map(YamlNode::text).orElse(null),
                n.get("code").map(YamlNode::text).orElse(null),
                n.get("message").map(YamlNode::text).orElse(null),
                n.get("param").map(YamlNode::text).orElse(null));
    }
}
