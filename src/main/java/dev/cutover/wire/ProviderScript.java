package dev.cutover.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the mock provider does upstream for one exchange (docs/scenario-format.md, "provider"). A plain
 * record so that it travels as JSON to a standalone mock; built with {@link #builder()}:
 * {@code ProviderScript.builder().content("Hi").ttftMs(50).gapsMs(20).build()}.
 *
 * @param chunkWords    words per streamed content chunk
 * @param finishReason  null: {@code tool_calls} when tools are called, else {@code stop}
 * @param failTimes     0: the misbehaviour (fault, raw body, error) applies to every request; N: to the first N
 * @param delayMs       before the status line
 * @param ttftMs        from the headers to the first token
 * @param gapsMs        before each later chunk; the last one repeats
 * @param embeddingDims dimensions of each embedding vector
 * @param refusal       the model's refusal text ({@code message.refusal}, streamed as {@code delta.refusal}); null: none
 * @param reasoning     reasoning text sent as {@code reasoning_content} (DeepSeek's and vLLM's field), streamed before the
 *                      content; null: none
 * @param serviceTier   {@code service_tier} of the answer and of every chunk; null: not sent
 * @param systemFingerprint null: the mock's own fixed fingerprint
 * @param functionCall  a legacy {@code function_call} (the pre-tools shape); null: none
 * @param toolDeltas    how streamed tool calls are cut into deltas
 * @param streamError   an error event ({@code data: {"error": {...}}}) that ends the stream after its content, in place of
 *                      the finish chunk, usage and {@code [DONE]}, as OpenAI reports a failure once a stream has begun;
 *                      its status is not used
 */
public record ProviderScript(
        String content,
        int chunkWords,
        String finishReason,
        List<ToolCall> toolCalls,
        boolean logprobs,
        Usage usage,
        ErrorReply error,
        int failTimes,
        Map<String, String> headers,
        int delayMs,
        int ttftMs,
        List<Integer> gapsMs,
        Fault fault,
        String rawBody,
        int embeddingDims,
        FirstEvent firstEvent,
        String refusal,
        String reasoning,
        String serviceTier,
        String systemFingerprint,
        ToolCall functionCall,
        ToolDeltas toolDeltas,
        ErrorReply streamError) {

    public static final String DEFAULT_CONTENT = "Hello from the mock provider";

    public static final ProviderScript DEFAULT = builder().build();

    public ProviderScript {
        content = content == null ? DEFAULT_CONTENT : content;
        chunkWords = chunkWords <= 0 ? 1 : chunkWords;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        gapsMs = gapsMs == null ? List.of() : List.copyOf(gapsMs);
        embeddingDims = embeddingDims <= 0 ? 8 : embeddingDims;
        // Absent from the JSON of an older runner: keep what the mock did before the option existed.
        firstEvent = firstEvent == null ? FirstEvent.WITH_HEADERS : firstEvent;
        toolDeltas = toolDeltas == null ? ToolDeltas.SEQUENTIAL : toolDeltas;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this script's values, to change a few. */
    public Builder toBuilder() {
        Builder b = new Builder().content(content).chunkWords(chunkWords).finishReason(finishReason).logprobs(logprobs)
                .usage(usage).error(error).failTimes(failTimes).headers(headers).delayMs(delayMs).ttftMs(ttftMs)
                .fault(fault).rawBody(rawBody).embeddingDims(embeddingDims).firstEvent(firstEvent).refusal(refusal)
                .reasoning(reasoning).serviceTier(serviceTier).systemFingerprint(systemFingerprint).functionCall(functionCall)
                .toolDeltas(toolDeltas).streamError(streamError);
        b.toolCalls.addAll(toolCalls);
        b.gapsMs.addAll(gapsMs);
        return b;
    }

    /**
     * The finish reason the provider reports: explicit, else tool_calls when tools are called, function_call for a
     * legacy function call, else stop.
     */
    public String effectiveFinishReason() {
        if (finishReason != null) return finishReason;
        if (!toolCalls.isEmpty()) return "tool_calls";
        return functionCall != null ? "function_call" : "stop";
    }

    /** When the role chunk is due, in ms after the headers. */
    public int firstEventMs() {
        return firstEvent == FirstEvent.WITH_FIRST_TOKEN ? ttftMs : 0;
    }

    /** Gap before chunk {@code i} (i ≥ 1): the i-th listed gap, the last one repeating. */
    public int gapBefore(int i) {
        if (gapsMs.isEmpty()) return 0;
        return gapsMs.get(Math.min(i - 1, gapsMs.size() - 1));
    }

    public record ToolCall(String name, String arguments) {}

    /**
     * Token counts; the details maps become {@code prompt_tokens_details} ({@code cached_tokens}, {@code audio_tokens})
     * and {@code completion_tokens_details} ({@code reasoning_tokens}, {@code accepted_prediction_tokens}, …), in
     * the order given, and are left out when empty.
     */
    public record Usage(int promptTokens, int completionTokens, Map<String, Integer> promptDetails,
                        Map<String, Integer> completionDetails) {
        public Usage {
            promptDetails = promptDetails == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(promptDetails));
            completionDetails = completionDetails == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(completionDetails));
        }

        public Usage(int promptTokens, int completionTokens) {
            this(promptTokens, completionTokens, Map.of(), Map.of());
        }
    }

    /** How a stream cuts its tool calls into deltas. */
    public enum ToolDeltas {
        /** One call after the other: its id and name, then its arguments in fragments (what OpenAI sends). */
        SEQUENTIAL,
        /** The calls' fragments in turn, each delta naming its call by index (what some providers send for parallel calls). */
        INTERLEAVED,
        /** Every call whole in one chunk, arguments complete (what Gemini's and Ollama's OpenAI endpoints send). */
        WHOLE;

        /** How scenario files write it. */
        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record ErrorReply(int status, String type, String code, String message, String param) {}

    /** Fluent construction; every field starts at what {@link #DEFAULT} has. */
    public static final class Builder {
        private String content;
        private int chunkWords = 1;
        private String finishReason;
        private final List<ToolCall> toolCalls = new ArrayList<>();
        private boolean logprobs;
        private Usage usage;
        private ErrorReply error;
        private int failTimes;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private int delayMs;
        private int ttftMs;
        private final List<Integer> gapsMs = new ArrayList<>();
        private Fault fault;
        private String rawBody;
        private int embeddingDims = 8;
        private FirstEvent firstEvent = FirstEvent.WITH_HEADERS;
        private String refusal;
        private String reasoning;
        private String serviceTier;
        private String systemFingerprint;
        private ToolCall functionCall;
        private ToolDeltas toolDeltas = ToolDeltas.SEQUENTIAL;
        private ErrorReply streamError;

        private Builder() {}

        public Builder content(String text) { content = text; return this; }
        public Builder chunkWords(int words) { chunkWords = words; return this; }
        public Builder finishReason(String reason) { finishReason = reason; return this; }
        public Builder toolCall(String name, String argumentsJson) { toolCalls.add(new ToolCall(name, argumentsJson)); return this; }
        public Builder toolCalls(List<ToolCall> calls) { toolCalls.clear(); toolCalls.addAll(calls); return this; }
        public Builder logprobs(boolean on) { logprobs = on; return this; }
        public Builder usage(Usage u) { usage = u; return this; }
        public Builder usage(int promptTokens, int completionTokens) { return usage(new Usage(promptTokens, completionTokens)); }
        public Builder error(ErrorReply e) { error = e; return this; }
        /** An error answer with this status, the rest left to the provider's defaults for it. */
        public Builder errorStatus(int status) { return error(new ErrorReply(status, null, null, null, null)); }
        public Builder failTimes(int times) { failTimes = times; return this; }
        public Builder header(String name, String value) { headers.put(name, value); return this; }
        public Builder headers(Map<String, String> all) { headers.clear(); headers.putAll(all); return this; }
        public Builder delayMs(int ms) { delayMs = ms; return this; }
        public Builder ttftMs(int ms) { ttftMs = ms; return this; }

        /** Gaps before the second, third, … chunk; the last one repeats. */
        public Builder gapsMs(Integer... ms) {
            gapsMs.clear();
            gapsMs.addAll(List.of(ms));
            return this;
        }

        public Builder gapsMs(List<Integer> ms) { gapsMs.clear(); gapsMs.addAll(ms); return this; }
        public Builder fault(Fault f) { fault = f; return this; }
        public Builder rawBody(String body) { rawBody = body; return this; }
        public Builder embeddingDims(int dims) { embeddingDims = dims; return this; }
        public Builder firstEvent(FirstEvent when) { firstEvent = when; return this; }
        public Builder refusal(String text) { refusal = text; return this; }
        public Builder reasoning(String text) { reasoning = text; return this; }
        public Builder serviceTier(String tier) { serviceTier = tier; return this; }
        public Builder systemFingerprint(String fingerprint) { systemFingerprint = fingerprint; return this; }
        public Builder functionCall(ToolCall call) { functionCall = call; return this; }
        public Builder functionCall(String name, String argumentsJson) { return functionCall(new ToolCall(name, argumentsJson)); }
        public Builder toolDeltas(ToolDeltas how) { toolDeltas = how; return this; }
        public Builder streamError(ErrorReply e) { streamError = e; return this; }

        public ProviderScript build() {
            return new ProviderScript(content, chunkWords, finishReason, toolCalls, logprobs, usage, error, failTimes,
                    headers, delayMs, ttftMs, gapsMs, fault, rawBody, embeddingDims, firstEvent, refusal, reasoning, serviceTier,
                    systemFingerprint, functionCall, toolDeltas, streamError);
        }
    }
}
