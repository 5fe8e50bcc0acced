package dev.cutover.oracle;

import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.SentRequest;
import dev.cutover.wire.SseEvent;
import dev.cutover.wire.Timings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Observed answers built by hand, as the exchange client records them, for the oracles to judge. */
final class Answers {
    static final String COMPLETION = """
            {"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"gpt-4o-mini",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Paris.","refusal":null},
                         "logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}""";
    static final String ROLE_CHUNK = """
            {"id":"c1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini",\
            "choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}""";
    static final String WORD_CHUNK = """
            {"id":"c1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini",\
            "choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}""";
    static final String STOP_CHUNK = """
            {"id":"c1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini",\
            "choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}""";
    static final String RATE_LIMIT = """
            {"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}""";

    private Answers() {}

    static Observation chat(int status, String body) {
        return answer("/v1/chat/completions", "{\"model\":\"gpt-4o-mini\"}", status, "application/json", body, List.of(), null);
    }

    static Observation embeddings(String requestBody, String body) {
        return answer("/v1/embeddings", requestBody, 200, "application/json", body, List.of(), null);
    }

    static Observation models(String body) {
        return answer("/v1/models", null, 200, "application/json", body, List.of(), null);
    }

    /** A 200 stream of these data texts, each as one event, ending as the exchange did ({@code error} null: cleanly). */
    static Observation stream(String error, String... data) {
        List<SseEvent> events = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < data.length; i++) {
            events.add(new SseEvent(null, data[i], 10.0 * (i + 1)));
            raw.append("data: ").append(data[i]).append("\n\n");
        }
        return answer("/v1/chat/completions", "{\"model\":\"gpt-4o-mini\",\"stream\":true}", 200, "text/event-stream",
                raw.toString(), events, error);
    }

    static Observation answer(String path, String requestBody, int status, String contentType, String body,
                              List<SseEvent> events, String transportError) {
        SentRequest sent = new SentRequest(requestBody == null ? "GET" : "POST", "http://gateway" + path, Headers.EMPTY, requestBody);
        return new Observation(sent, status, Headers.of(Map.of("content-type", List.of(contentType), "x-request-id", List.of("req-1"))),
                body, events, List.of(), new Timings(1, null, 2), transportError, List.of());
    }
}
