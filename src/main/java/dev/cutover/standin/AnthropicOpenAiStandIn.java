package dev.cutover.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.ErrorEnvelope;
import dev.cutover.wire.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anthropic's OpenAI-compatible endpoint as its "OpenAI SDK compatibility" page documents it
 * (https://docs.anthropic.com/en/api/openai-sdk), in front of the mock provider: the request fields the
 * page marks "Ignored" never reach the model, so they are dropped before the request goes on;
 * {@code tools[].function.strict} is ignored too; a temperature above 1 is capped at 1. Everything else,
 * keys included, goes on unchanged, as a direct call would. What the page documents but this does not
 * imitate (the Messages translation itself, Anthropic's ids and errors) is in docs/stand-ins.md.
 */
final class AnthropicOpenAiStandIn implements StandInServer.Handler {
    /** The chat-completions request fields the page lists as "Ignored". */
    static final List<String> IGNORED = List.of("logprobs", "top_logprobs", "metadata", "response_format",
            "prediction", "presence_penalty", "frequency_penalty", "seed", "service_tier", "audio", "logit_bias",
            "store", "user", "modalities", "reasoning_effort");
    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(660);

    private final Forwarder provider;
    private final StandInLog log;

    AnthropicOpenAiStandIn(Forwarder provider, StandInLog log) {
        this.provider = provider;
        this.log = log;
    }

    @Override
    public void handle(Call call) throws IOException {
        byte[] body = call.body();
        if (call.method().equals("POST") && call.path().endsWith("/chat/completions")) body = dropIgnored(body);
        Map<String, List<String>> headers = new LinkedHashMap<>(call.headers().values());
        headers.keySet().removeIf(k -> k.equalsIgnoreCase("content-length"));
        String target = call.path() + (call.query() == null ? "" : "?" + call.query());
        Answer answer;
        try {
            answer = provider.send(call.method(), target, headers, body, HEADER_TIMEOUT);
        } catch (IOException noAnswer) {
            log.add("the provider did not answer " + call.method() + " " + call.path() + ": " + noAnswer);
            call.json(502, new ErrorEnvelope("anthropic stand-in: the provider did not answer", "api_error", null, null).json(), Map.of());
            return;
        }
        try (answer) {
            answer.passOn(call);
        }
    }

    /** The body without the ignored fields; a body that is not a JSON object goes on as it came. */
    private static byte[] dropIgnored(byte[] body) {
        ObjectNode request = Json.object(body).orElse(null);
        if (request == null) return body;
        request.remove(IGNORED);
        JsonNode t = request.get("temperature");
        if (t != null && t.isNumber() && t.asDouble() > 1) request.put("temperature", 1);
        JsonNode tools = request.get("tools");
        if (tools != null && tools.isArray()) {
            for (JsonNode tool : tools) {
                if (tool.get("function") instanceof ObjectNode f) f.remove("strict");
            }
        }
        return Json.bytes(request);
    }
}
