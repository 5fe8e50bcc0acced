package dev.cutover.scenario;

import java.util.List;
import java.util.Set;

/** The feature words scenarios need and targets claim. A closed list, so a typo is caught by lint. */
public final class Features {
    public static final List<String> KNOWN = List.of(
            "chat", "streaming", "usage", "tools", "embeddings", "models", "auth", "errors", "headers",
            "logprobs", "response-format", "n", "key-isolation", "rate-limits", "retries", "caching", "health",
            "virtual-keys", "budgets", "request-id");

    private static final Set<String> SET = Set.copyOf(KNOWN);

    private Features() {}

    public static boolean known(String feature) {
        return SET.contains(feature);
    }
}
