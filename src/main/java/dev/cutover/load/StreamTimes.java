package dev.cutover.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.Tokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * TTFT, inter-token gaps and the output token count of one stream, from its events and their arrival
 * times (vLLM bench definitions), tokens counted by {@link Tokens}'s rule like every other stream figure:
 * the first token is the first chunk that carries one; each later such chunk adds the gap since the previous.
 */
record StreamTimes(Double ttftMs, List<Double> itlMs, int tokenChunks, Integer usageTokens) {

    /** One SSE event as Gatling hands it over: arrival time and the event as JSON ({"data": ...}). */
    record Event(long atMs, String message) {}

    /** The tokens to count: usage when the stream reported it, else one per chunk that carries a token. */
    int outputTokens() {
        return usageTokens != null ? usageTokens : tokenChunks;
    }

    static StreamTimes of(long startMs, List<Event> events) {
        Double ttft = null;
        long previous = 0;
        List<Double> gaps = new ArrayList<>();
        int chunks = 0;
        Integer usage = null;
        for (Event e : events) {
            JsonNode chunk = data(e.message());
            if (chunk == null) continue;
            JsonNode tokens = chunk.path("usage").path("completion_tokens");
            if (tokens.isInt()) usage = tokens.asInt();
            if (!Tokens.carriesToken(chunk)) continue;
            chunks++;
            if (ttft == null) ttft = (double) (e.atMs() - startMs);
            else gaps.add((double) (e.atMs() - previous));
            previous = e.atMs();
        }
        return new StreamTimes(ttft, gaps, chunks, usage);
    }

    /** The chunk an event carries, whether Gatling kept its data as JSON or as text; null for [DONE] or junk. */
    private static JsonNode data(String message) {
        try {
            JsonNode m = Json.MAPPER.readTree(message);
            JsonNode data = m.has("data") ? m.get("data") : m;
            if (data.isTextual()) {
                String text = data.asText().trim();
                return text.startsWith("{") ? Json.MAPPER.readTree(text) : null;
            }
            return data.isObject() ? data : null;
        } catch (IOException e) {
            return null;
        }
    }
}
