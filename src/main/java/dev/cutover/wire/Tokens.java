package dev.cutover.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The token rule: which chunk of a streamed chat completion carries a token. Every figure cutover reports
 * about streams — time to first token in a run's report, the overhead probe's added TTFT, a load run's
 * TTFT, inter-token latency and TPOT, the bench's timing errors — counts tokens by this rule alone, so the
 * reports measure one quantity.
 *
 * <p>A chunk carries a token when at least one of its choices has, in its {@code delta}, non-empty text in
 * {@code content}, {@code refusal} or {@code reasoning_content} / {@code reasoning} (what reasoning models
 * stream before their answer), or at least one {@code tool_calls} entry, or a legacy {@code function_call}.
 * The role chunk ({@code role: assistant, content: ""}), a finish chunk with an empty delta, the usage
 * chunk (no choices) and {@code [DONE]} carry none. A choice of any index counts: with {@code n > 1} the
 * first token is the first of any choice.
 */
public final class Tokens {
    private static final List<String> TEXT_FIELDS = List.of("content", "refusal", "reasoning_content", "reasoning");

    private Tokens() {}

    /** Whether an SSE event's data (a chunk as JSON text) carries a token. */
    public static boolean carriesToken(String data) {
        if (data == null || data.isBlank() || data.trim().equals("[DONE]")) return false;
        Optional<JsonNode> chunk = Json.parse(data);
        return chunk.isPresent() && carriesToken(chunk.get());
    }

    /** Whether a parsed chunk carries a token. */
    public static boolean carriesToken(JsonNode chunk) {
        for (JsonNode choice : chunk.path("choices")) {
            JsonNode delta = choice.path("delta");
            for (String field : TEXT_FIELDS) {
                JsonNode text = delta.path(field);
                if (text.isTextual() && !text.textValue().isEmpty()) return true;
            }
            if (delta.path("tool_calls").isArray() && !delta.path("tool_calls").isEmpty()) return true;
            if (delta.path("function_call").isObject()) return true;
        }
        return false;
    }

    /** When each event that carries a token arrived, in nanoseconds of the events' own time base. */
    public static long[] arrivalNanos(List<SseEvent> events) {
        return events.stream().filter(e -> carriesToken(e.data())).mapToLong(e -> Math.round(e.atMs() * 1_000_000)).toArray();
    }

    /** When the first event that carries a token arrived, in its own time base; null when none did. */
    public static Double firstTokenMs(List<SseEvent> events) {
        for (SseEvent e : events) if (carriesToken(e.data())) return e.atMs();
        return null;
    }
}
