package dev.cutover.scenario;

import dev.cutover.expect.ExpectationParser;
import dev.cutover.wire.Fault;
import dev.cutover.wire.FirstEvent;
import dev.cutover.wire.Json;
import dev.cutover.wire.ProviderScript;
import dev.cutover.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a scenario's {@code provider:} block into a {@link ProviderScript}. */
final class ProviderScriptReader {
    private static final List<String> KEYS = List.of("content", "chunk_words", "finish_reason", "tool_calls",
            "logprobs", "usage", "error", "fail_times", "headers", "delay_ms", "ttft_ms", "gap_ms", "fault",
            "raw_body", "embedding_dims", "first_event");

    private ProviderScriptReader() {}

    static ProviderScript read(Optional<YamlNode> maybe) {
        if (maybe.isEmpty()) return ProviderScript.DEFAULT;
        YamlNode n = maybe.get();
        n.onlyKeys(KEYS);
        ProviderScript.Builder b = ProviderScript.builder();
        n.get("content").map(YamlNode::text).ifPresent(b::content);
        n.get("chunk_words").map(v -> v.integer(1, Bounds.MAX_COUNT, "words")).ifPresent(b::chunkWords);
        n.get("finish_reason").map(v -> v.oneOf(java.util.Set.of("stop", "length", "tool_calls", "content_filter",
                "function_call"))).ifPresent(b::finishReason);
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
        for (YamlNode item : n.items()) {
            item.onlyKeys(List.of("name", "arguments"));
            YamlNode args = item.require("arguments");
            String json = args.isScalar() ? args.text() : Json.write(args.plain());
            out.add(new ProviderScript.ToolCall(item.require("name").text(), json));
        }
        return out;
    }

    private static ProviderScript.Usage usage(YamlNode n) {
        n.onlyKeys(List.of("prompt_tokens", "completion_tokens"));
        return new ProviderScript.Usage(n.require("prompt_tokens").integer(0, Bounds.MAX_TOKENS, "tokens"),
                n.require("completion_tokens").integer(0, Bounds.MAX_TOKENS, "tokens"));
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
