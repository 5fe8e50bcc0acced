package dev.cutover.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.SseRelay;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LiteLLM proxy's dialect: OpenAI paths with and without {@code /v1}, a master key and virtual keys
 * (allowed models, budget, rpm), router retries ({@code num_retries} 2), {@code x-litellm-*} response headers,
 * provider headers passed on as {@code llm_provider-*}, errors in ProxyException's shape, the router's deployment
 * cooldown ({@link RouterCooldown}, LiteLLM's default settings), and an error event when the provider breaks
 * mid-stream. See docs/stand-ins.md for what is fact and what is assumed.
 */
final class LiteLlmStandIn implements StandInServer.Handler {
    static final List<String> MODELS = List.of("gpt-4o-mini", "gpt-4o", "text-embedding-3-small");
    private static final int DEFAULT_RETRIES = 2;
    private static final double DEFAULT_TIMEOUT_S = 600;

    private final Forwarder upstream;
    private final String providerKey;
    private final StandInLog log;
    private final TokenWindow requests = new TokenWindow();
    private final RouterCooldown cooldown;

    LiteLlmStandIn(Forwarder upstream, String providerKey, StandInLog log) {
        this(upstream, providerKey, log, new RouterCooldown(RouterCooldown.Settings.DEFAULTS, System::currentTimeMillis));
    }

    LiteLlmStandIn(Forwarder upstream, String providerKey, StandInLog log, RouterCooldown cooldown) {
        this.upstream = upstream;
        this.providerKey = providerKey;
        this.log = log;
        this.cooldown = cooldown;
    }

    @Override
    public void handle(Call call) throws IOException {
        String path = call.path().startsWith("/v1/") ? call.path().substring(3) : call.path();
        boolean get = call.method().equals("GET");
        if (get && (path.equals("/health/liveliness") || path.equals("/health/liveness"))) {
            call.json(200, TextNode.valueOf("I'm alive!"), Map.of());
            return;
        }
        if (get && path.equals("/health/readiness")) {
            call.json(200, readiness(), Map.of());
            return;
        }
        String presented = LiteLlmKeys.presented(call);
        if (presented == null) {
            call.json(401, LiteLlmErrors.noKey(), Map.of());
            return;
        }
        Optional<LiteLlmKeys.VirtualKey> key = LiteLlmKeys.find(presented);
        if (key.isEmpty()) {
            call.json(401, LiteLlmErrors.unknownKey(presented), Map.of());
            return;
        }
        if (get && path.equals("/models")) call.json(200, models(key.get()), Map.of());
        else if (get && path.startsWith("/models/")) model(call, path.substring("/models/".length()));
        else if (call.method().equals("POST") && (path.equals("/chat/completions") || path.equals("/embeddings"))) {
            complete(call, key.get(), path);
        } else {
            ObjectNode notFound = Json.object().put("detail", "Not Found");
            call.json(404, notFound, Map.of());
        }
    }

    private void complete(Call call, LiteLlmKeys.VirtualKey key, String route) throws IOException {
        ObjectNode body = Json.object(call.body()).orElse(Json.object());
        String model = body.path("model").asText("None");
        LiteLlmHeaders headers = new LiteLlmHeaders(model, upstream.baseUrl());
        if (!key.allows(model)) {
            call.json(401, LiteLlmErrors.modelNotAllowed(key.models(), model), headers.error(call));
            return;
        }
        if (key.overBudget()) {
            call.json(400, LiteLlmErrors.overBudget(String.valueOf(key.spend()), String.valueOf(key.maxBudget())),
                    headers.error(call));
            return;
        }
        if (key.rpm() > 0 && !rateLimitAllows(call, key, headers)) return;
        if (!MODELS.contains(model)) {
            call.json(400, LiteLlmErrors.unknownModel(route, model), headers.error(call));
            return;
        }
        forward(call, route, model, headers);
    }

    /** The parallel-request limiter's rpm check: the answer carries the key's own limits, a 429 its retry-after. */
    private boolean rateLimitAllows(Call call, LiteLlmKeys.VirtualKey key, LiteLlmHeaders headers) throws IOException {
        boolean allowed = requests.tryTake(key.key(), key.rpm());
        long remaining = Math.max(0, key.rpm() - requests.used(key.key()));
        headers.keyLimits(key.rpm(), remaining);
        if (allowed) return true;
        long retryAfter = requests.secondsToReset(key.key());
        headers.set("retry-after", String.valueOf(retryAfter));
        headers.set("rate_limit_type", "requests");
        call.json(429, LiteLlmErrors.of("Rate limit exceeded for api_key: " + Integer.toHexString(key.key().hashCode())
                + ". Limit type: requests. Current limit: " + key.rpm() + ", Remaining: 0. Limit resets in "
                + retryAfter + " seconds.", "None", "None", 429), headers.error(call));
        return false;
    }

    /**
     * The router's call with retries: 408, 409, 429 and 5xx (and no answer at all) are tried again, unless the
     * only deployment of the model is cooling down: then the router has nothing to pick and answers 429.
     */
    private void forward(Call call, String route, String model, LiteLlmHeaders headers) throws IOException {
        int retries = intHeader(call, "x-litellm-num-retries", DEFAULT_RETRIES);
        double timeoutS = doubleHeader(call, "x-litellm-timeout", DEFAULT_TIMEOUT_S);
        Map<String, List<String>> sent = Map.of("Authorization", List.of("Bearer " + providerKey),
                "Content-Type", List.of("application/json"), "Accept", List.of("application/json"));
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= retries;
            headers.attempts(attempt);
            if (cooldown.cooling(model)) {
                log.add(model + " is cooling down: no deployment to pick");
                call.json(429, LiteLlmErrors.noDeployments(model, cooldown.settings().cooldownTime().toSeconds()),
                        headers.error(call));
                return;
            }
            long started = System.nanoTime();
            Answer answer;
            byte[] whole = null;
            try {
                answer = upstream.send("POST", "/v1" + route, sent, call.body(), Duration.ofMillis((long) (timeoutS * 1000)));
                headers.upstreamTime(System.nanoTime() - started);
                if (answer.status() >= 400) cooldown.failed(model, answer.status());
                else cooldown.succeeded(model);
                if (retriable(answer.status()) && !last) {
                    answer.close();
                    log.add("provider answered " + answer.status() + " (attempt " + (attempt + 1) + "), retrying");
                    continue;
                }
                if (answer.status() >= 400 || !answer.eventStream()) whole = answer.readAll();
            } catch (HttpTimeoutException slow) {
                log.add("provider timed out (attempt " + (attempt + 1) + ")");
                cooldown.failed(model, 408);
                if (!last) continue;
                call.json(408, LiteLlmErrors.timeout(timeoutS), headers.error(call));
                return;
            } catch (IOException noAnswer) {
                // Refused, reset before headers, or a whole body cut short: nothing reached the client yet, retry.
                log.add("no answer from the provider (attempt " + (attempt + 1) + "): " + noAnswer);
                cooldown.failed(model, 0);
                if (!last) continue;
                call.json(500, LiteLlmErrors.noAnswer("Connection error."), headers.error(call));
                return;
            }
            try (answer) {
                respond(call, answer, whole, headers);
            }
            return;
        }
    }

    /** @param whole the read body, or null for a stream still to relay */
    private void respond(Call call, Answer answer, byte[] whole, LiteLlmHeaders headers) throws IOException {
        headers.provider(answer);
        if (answer.status() >= 400) {
            call.json(answer.status(), LiteLlmErrors.fromProvider(answer.status(), whole), headers.error(call));
        } else if (whole == null) {
            stream(call, answer, headers);
        } else {
            headers.cost(Json.object(whole).orElse(null));
            call.bytes(answer.status(), Call.JSON, whole, headers.success(call));
        }
    }

    private void stream(Call call, Answer answer, LiteLlmHeaders headers) throws IOException {
        headers.success(call).forEach((k, v) -> call.responseHeaders().set(k, v));
        call.responseHeaders().set("Content-Type", "text/event-stream");
        var out = call.startStream(answer.status());
        try {
            SseRelay.relay(answer.body(), out);
        } catch (SseRelay.UpstreamBroken broke) {
            // proxy_server's async_data_generator: the exception becomes one last error event, then the stream ends.
            log.add("provider broke mid-stream; sending an error event: " + broke.getMessage());
            ObjectNode error = LiteLlmErrors.noAnswer("Connection broken mid-stream: " + broke.getMessage());
            out.write(("data: " + new String(Json.bytes(error), java.nio.charset.StandardCharsets.UTF_8) + "\n\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static boolean retriable(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    private ObjectNode models(LiteLlmKeys.VirtualKey key) {
        ObjectNode root = Json.object();
        ArrayNode data = root.putArray("data");
        MODELS.stream().filter(key::allows).forEach(m -> data.add(modelEntry(m)));
        root.put("object", "list");
        return root;
    }

    private void model(Call call, String id) throws IOException {
        if (MODELS.contains(id)) call.json(200, modelEntry(id), Map.of());
        else call.json(404, LiteLlmErrors.of("The model `" + id + "` does not exist or you do not have access to it.",
                "invalid_request_error", "model", 404), Map.of());
    }

    private static ObjectNode modelEntry(String id) {
        return Json.object().put("id", id).put("object", "model").put("created", 1677610602L).put("owned_by", "openai");
    }

    private static ObjectNode readiness() {
        ObjectNode r = Json.object().put("status", "healthy").put("db", "Not connected").putNull("cache");
        r.put("litellm_version", LiteLlmHeaders.VERSION);
        r.putArray("success_callbacks");
        return r;
    }

    private static int intHeader(Call call, String name, int fallback) {
        try {
            return Math.max(0, Integer.parseInt(call.header(name).trim()));
        } catch (RuntimeException absentOrBad) {
            return fallback;
        }
    }

    private static double doubleHeader(Call call, String name, double fallback) {
        try {
            double v = Double.parseDouble(call.header(name).trim());
            return v > 0 ? v : fallback;
        } catch (RuntimeException absentOrBad) {
            return fallback;
        }
    }
}
