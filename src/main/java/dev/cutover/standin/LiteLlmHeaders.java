package dev.cutover.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The headers LiteLLM's proxy puts on an answer (get_custom_headers): call id, model id, cost, retries,
 * timings, version; the key's own rate limits; and the provider's headers, which LiteLLM passes on prefixed
 * {@code llm_provider-} except the OpenAI {@code x-ratelimit-*} family, which also keeps its own name.
 */
final class LiteLlmHeaders {
    static final String VERSION = "0.0.0-standin";

    private final String model;
    private final String apiBase;
    private final String callId = UUID.randomUUID().toString();
    private final Map<String, String> extra = new LinkedHashMap<>();
    private int retries;
    private long upstreamNanos;
    private BigDecimal cost;

    LiteLlmHeaders(String model, String upstreamBaseUrl) {
        this.model = model;
        this.apiBase = upstreamBaseUrl + "/v1";
    }

    void set(String name, String value) {
        extra.put(name, value);
    }

    void keyLimits(int rpm, long remaining) {
        set("x-litellm-key-rpm-limit", String.valueOf(rpm));
        set("x-ratelimit-limit-requests", String.valueOf(rpm));
        set("x-ratelimit-remaining-requests", String.valueOf(remaining));
    }

    /** @param attempt 0 for the first call, n for the n-th retry */
    void attempts(int attempt) {
        retries = attempt;
    }

    void upstreamTime(long nanos) {
        upstreamNanos += nanos;
    }

    void provider(Answer answer) {
        answer.forEachHeader((name, value) -> {
            if (name.startsWith("x-ratelimit-") && !extra.containsKey(name)) extra.put(name, value);
            extra.put("llm_provider-" + name, value);
        });
    }

    void cost(JsonNode reply) {
        cost = Prices.cost(model, reply).orElse(null);
    }

    Map<String, String> success(Call call) {
        Map<String, String> h = common(call);
        if (cost != null) h.put("x-litellm-response-cost", cost.toPlainString());
        return h;
    }

    Map<String, String> error(Call call) {
        return common(call);
    }

    private Map<String, String> common(Call call) {
        Map<String, String> h = new LinkedHashMap<>(extra);
        h.put("x-litellm-call-id", callId);
        h.put("x-litellm-model-id", modelId());
        h.put("x-litellm-model-group", model);
        h.put("x-litellm-model-api-base", apiBase);
        h.put("x-litellm-version", VERSION);
        h.put("x-litellm-attempted-retries", String.valueOf(retries));
        h.put("x-litellm-attempted-fallbacks", "0");
        long total = call.elapsedMs();
        h.put("x-litellm-response-duration-ms", String.valueOf(total));
        h.put("x-litellm-overhead-duration-ms", String.valueOf(Math.max(0, total - upstreamNanos / 1_000_000)));
        return h;
    }

    /** LiteLLM ids a deployment by a hash of its parameters; here the model and its api_base. */
    private String modelId() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((model + "|" + apiBase).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
