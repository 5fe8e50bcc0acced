package dev.cutover.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.ErrorEnvelope;
import dev.cutover.wire.Json;
import dev.cutover.wire.SseRelay;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * WorldFlow AI's dialect as its LiteLLM migration guide describes it: OpenAI's {@code /v1} API, bearer virtual
 * keys (allowed models, monthly budget), an exact-match response cache ({@code x-synapse-cache-status},
 * {@code X-Synapse-Skip-Cache}) and {@code x-worldflow-*} headers. Much is assumed: see docs/stand-ins.md.
 */
final class WorldFlowStandIn implements StandInServer.Handler {
    static final String KEY = "sk-worldflow-standin";
    static final String LIMITED_KEY = "sk-worldflow-standin-limited";
    static final String OVER_BUDGET_KEY = "sk-worldflow-standin-over-budget";
    static final String CACHE_STATUS = "x-synapse-cache-status";
    private static final Set<String> LIMITED_MODELS = Set.of("gpt-4o-mini", "text-embedding-3-small");
    private static final Set<String> OWN_REQUEST_HEADERS = Set.of("authorization", "x-synapse-skip-cache", "x-worldflow-routing");
    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(60);

    private final Forwarder upstream;
    private final String providerKey;
    private final StandInLog log;
    private final ResponseCache cache = new ResponseCache();

    WorldFlowStandIn(Forwarder upstream, String providerKey, StandInLog log) {
        this.upstream = upstream;
        this.providerKey = providerKey;
        this.log = log;
    }

    @Override
    public void handle(Call call) throws IOException {
        String auth = call.header("authorization");
        String key = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
        if (key == null || key.isEmpty()) {
            call.json(401, new ErrorEnvelope("Missing API key. Send it as Authorization: Bearer <key>.",
                    "invalid_request_error", null, "missing_api_key").json(), Map.of());
            return;
        }
        if (!Set.of(KEY, LIMITED_KEY, OVER_BUDGET_KEY).contains(key)) {
            call.json(401, new ErrorEnvelope("Invalid API key.", "invalid_request_error", null, "invalid_api_key").json(), Map.of());
            return;
        }
        boolean post = call.method().equals("POST");
        if (!call.path().startsWith("/v1/")) {
            call.json(404, new ErrorEnvelope("Unknown path " + call.path(), "invalid_request_error", null, null).json(), Map.of());
            return;
        }
        if (!post) {
            passThrough(call, null);
            return;
        }
        String model = Json.object(call.body()).map(b -> b.path("model").asText(null)).orElse(null);
        if (key.equals(LIMITED_KEY) && !LIMITED_MODELS.contains(model)) {
            call.json(403, new ErrorEnvelope("Model '" + model + "' is not allowed for this API key.",
                    "invalid_request_error", "model", "model_not_allowed").json(), Map.of());
            return;
        }
        if (key.equals(OVER_BUDGET_KEY)) {
            call.json(429, new ErrorEnvelope("Monthly budget exceeded for this API key.", "insufficient_quota", null,
                    "budget_exceeded").json(), Map.of());
            return;
        }
        complete(call, model);
    }

    private void complete(Call call, String model) throws IOException {
        String cacheKey = ResponseCache.key(call.path(), call.body());
        boolean skip = "true".equalsIgnoreCase(call.header("x-synapse-skip-cache"));
        Map<String, String> own = new LinkedHashMap<>();
        own.put("x-worldflow-routing-reason", routingReason(call.header("x-worldflow-routing")));
        var hit = skip ? java.util.Optional.<ResponseCache.Entry>empty() : cache.get(cacheKey);
        if (hit.isPresent()) {
            ResponseCache.Entry e = hit.get();
            own.put(CACHE_STATUS, "HIT");
            own.put("x-worldflow-model", e.model());
            own.put("x-worldflow-cost", "0");
            own.put("x-worldflow-cost-saved", e.cost().toPlainString());
            call.bytes(200, e.contentType(), e.body(), own);
            return;
        }
        own.put(CACHE_STATUS, "MISS");
        passThrough(call, new Miss(cacheKey, model, own, !skip));
    }

    /** What a cache miss adds to the provider's answer, and whether the answer may be stored. */
    private record Miss(String cacheKey, String model, Map<String, String> headers, boolean store) {}

    private void passThrough(Call call, Miss miss) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        call.headers().values().forEach((name, values) -> {
            if (!OWN_REQUEST_HEADERS.contains(name)) headers.put(name, values);
        });
        headers.put("Authorization", List.of("Bearer " + providerKey));
        String target = call.path() + (call.query() == null ? "" : "?" + call.query());
        Answer answer;
        try {
            answer = upstream.send(call.method(), target, headers, call.body(), HEADER_TIMEOUT);
        } catch (IOException noAnswer) {
            log.add("no answer from the provider: " + noAnswer);
            call.json(502, new ErrorEnvelope("The upstream provider did not answer.", "server_error", null, "upstream_unavailable").json(), Map.of());
            return;
        }
        try (answer) {
            answer.forEachHeader((k, v) -> call.responseHeaders().add(k, v));
            if (miss == null) {
                call.bytes(answer.status(), null, answer.readAll(), Map.of());
                return;
            }
            String contentType = answer.headers().first("content-type").orElse(Call.JSON);
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            if (answer.eventStream()) {
                miss.headers().put("x-worldflow-model", miss.model());
                miss.headers().forEach((k, v) -> call.responseHeaders().set(k, v));
                // A break propagates and drops the client connection; nothing half-received is cached.
                SseRelay.relay(answer.body(), new Tee(call.startStream(answer.status()), kept));
                // The client sees the stream end only when the exchange closes, after this.
                store(miss, answer.status(), kept.toByteArray(), contentType, BigDecimal.ZERO);
            } else {
                byte[] body = answer.readAll();
                ObjectNode reply = Json.object(body).orElse(null);
                String served = reply != null && reply.hasNonNull("model") ? reply.get("model").asText() : miss.model();
                BigDecimal cost = Prices.cost(miss.model(), reply).orElse(BigDecimal.ZERO);
                miss.headers().put("x-worldflow-model", served);
                miss.headers().put("x-worldflow-cost", cost.toPlainString());
                // Stored before answering: a client that repeats the request at once must already find it.
                store(miss, answer.status(), body, contentType, cost);
                call.bytes(answer.status(), null, body, miss.headers());
            }
        }
    }

    private void store(Miss miss, int status, byte[] body, String contentType, BigDecimal cost) {
        if (status == 200 && miss.store()) {
            cache.put(miss.cacheKey(), new ResponseCache.Entry(body, contentType, cost, String.valueOf(miss.model())));
        }
    }

    /** The stand-in routes nothing itself; it says which model it kept and records the client's hint. */
    private static String routingReason(String hint) {
        return hint == null || hint.isBlank() ? "requested-model" : "requested-model; routing hint '" + hint.strip() + "' recorded";
    }

    /** Writes to the client and keeps a copy of the stream for the cache. */
    private static final class Tee extends FilterOutputStream {
        private final ByteArrayOutputStream copy;

        Tee(OutputStream client, ByteArrayOutputStream copy) {
            super(client);
            this.copy = copy;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            copy.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copy.write(b);
        }
    }
}
