package dev.cutover.standin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LiteLLM stand-in's master key and virtual keys, as {@code /key/generate} would have made them: fixed,
 * obviously fake values that the stand-in profiles list under {@code keys:}.
 */
final class LiteLlmKeys {
    static final String MASTER = "sk-litellm-standin-master";
    static final String LIMITED = "sk-litellm-standin-limited";
    static final String OVER_BUDGET = "sk-litellm-standin-over-budget";
    static final String RATE_LIMITED = "sk-litellm-standin-rate-limited";

    /**
     * @param models    the models the key may call; empty means all
     * @param maxBudget USD, or null for no budget
     * @param rpm       requests per minute, or 0 for no limit
     */
    record VirtualKey(String key, List<String> models, double spend, Double maxBudget, int rpm) {
        boolean allows(String model) {
            return models.isEmpty() || models.contains(model);
        }

        boolean overBudget() {
            return maxBudget != null && spend >= maxBudget;
        }
    }

    private static final Map<String, VirtualKey> KEYS = Map.of(
            MASTER, new VirtualKey(MASTER, List.of(), 0, null, 0),
            LIMITED, new VirtualKey(LIMITED, List.of("gpt-4o-mini", "text-embedding-3-small"), 0, null, 0),
            OVER_BUDGET, new VirtualKey(OVER_BUDGET, List.of(), 0.0125, 0.01, 0),
            RATE_LIMITED, new VirtualKey(RATE_LIMITED, List.of(), 0, null, 2));

    private LiteLlmKeys() {}

    static Optional<VirtualKey> find(String key) {
        return Optional.ofNullable(KEYS.get(key));
    }

    /** The key as user_api_key_auth finds it: a bearer token, Azure's API-Key, or x-litellm-api-key. */
    static String presented(Call call) {
        String auth = call.header("authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && !auth.substring(7).isBlank()) {
            return auth.substring(7).trim();
        }
        for (String h : new String[] {"api-key", "x-litellm-api-key"}) {
            String v = call.header(h);
            if (v != null && !v.isBlank()) return v.trim().replaceFirst("(?i)^bearer\\s+", "");
        }
        return null;
    }
}
