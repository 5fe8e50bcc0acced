package dev.cutover.standin;

import dev.cutover.wire.ErrorEnvelope;
import dev.cutover.wire.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thin proxy a "LiteLLM SDK → LiteLLM binary" migration puts in front of the LiteLLM proxy (to keep
 * conversation memory): it forwards every request unchanged, keys included, and answers only its own
 * {@code /health}. A provider break that reaches it mid-stream drops the client connection.
 */
final class MemoryProxy implements StandInServer.Handler {
    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(660);

    private final Forwarder litellm;
    private final StandInLog log;

    MemoryProxy(Forwarder litellm, StandInLog log) {
        this.litellm = litellm;
        this.log = log;
    }

    @Override
    public void handle(Call call) throws IOException {
        if (call.method().equals("GET") && call.path().equals("/health")) {
            call.json(200, Json.object().put("status", "ok").put("upstream", "litellm"), Map.of());
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(call.headers().values());
        String target = call.path() + (call.query() == null ? "" : "?" + call.query());
        Answer answer;
        try {
            answer = litellm.send(call.method(), target, headers, call.body(), HEADER_TIMEOUT);
        } catch (IOException noAnswer) {
            log.add("LiteLLM did not answer " + call.method() + " " + call.path() + ": " + noAnswer);
            call.json(502, new ErrorEnvelope("memory proxy: LiteLLM did not answer", "bad_gateway", null, null).json(), Map.of());
            return;
        }
        try (answer) {
            answer.passOn(call);
        }
    }
}
