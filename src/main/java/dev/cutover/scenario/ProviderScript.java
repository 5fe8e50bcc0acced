package dev.cutover.scenario;

import java.util.List;
import java.util.Map;

/**
 * What the mock provider does upstream for one scenario (see docs/scenario-format.md, "provider").
 * A plain record so that it can travel as JSON to a standalone mock.
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
        FirstEvent firstEvent) {

    public static final String DEFAULT_CONTENT = "Hello from the mock provider";

    public static final ProviderScript DEFAULT = new ProviderScript(DEFAULT_CONTENT, 1, null, List.of(), false,
            null, null, 0, Map.of(), 0, 0, List.of(), null, null, 8, FirstEvent.WITH_HEADERS);

    /** A script whose stream sends its role chunk with the headers, as scripts written before {@code first_event} expect. */
    public ProviderScript(String content, int chunkWords, String finishReason, List<ToolCall> toolCalls, boolean logprobs,
                          Usage usage, ErrorReply error, int failTimes, Map<String, String> headers, int delayMs, int ttftMs,
                          List<Integer> gapsMs, Fault fault, String rawBody, int embeddingDims) {
        this(content, chunkWords, finishReason, toolCalls, logprobs, usage, error, failTimes, headers, delayMs, ttftMs,
                gapsMs, fault, rawBody, embeddingDims, FirstEvent.WITH_HEADERS);
    }

    public ProviderScript {
        content = content == null ? DEFAULT_CONTENT : content;
        chunkWords = chunkWords <= 0 ? 1 : chunkWords;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        gapsMs = gapsMs == null ? List.of() : List.copyOf(gapsMs);
        embeddingDims = embeddingDims <= 0 ? 8 : embeddingDims;
        // Absent from the JSON of an older runner: keep what the mock did before the option existed.
        firstEvent = firstEvent == null ? FirstEvent.WITH_HEADERS : firstEvent;
    }

    /** The finish reason the provider reports: explicit, else tool_calls when tools are called, else stop. */
    public String effectiveFinishReason() {
        if (finishReason != null) return finishReason;
        return toolCalls.isEmpty() ? "stop" : "tool_calls";
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

    public record Usage(int promptTokens, int completionTokens) {}

    public record ErrorReply(int status, String type, String code, String message, String param) {}
}
