package dev.cutover.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.cutover.yaml.YamlNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a target may offer and a scenario may need (Gateway API's feature sets): scenarios list the features
 * they need, target profiles the ones they claim, plans the ones they require. A scenario needing a feature
 * its target does not claim is not supported, never failed. Core features are what any OpenAI-compatible
 * endpoint serves; extended ones are what some gateways add or some providers support.
 */
public enum Feature {
    CHAT("chat", Level.CORE),
    STREAMING("streaming", Level.CORE),
    USAGE("usage", Level.CORE),
    TOOLS("tools", Level.CORE),
    EMBEDDINGS("embeddings", Level.CORE),
    MODELS("models", Level.CORE),
    AUTH("auth", Level.CORE),
    ERRORS("errors", Level.CORE),
    HEADERS("headers", Level.CORE),
    LOGPROBS("logprobs", Level.EXTENDED),
    RESPONSE_FORMAT("response-format", Level.EXTENDED),
    N("n", Level.EXTENDED),
    /** The client's key never reaches the provider: only meaningful behind a gateway. */
    KEY_ISOLATION("key-isolation", Level.EXTENDED),
    RATE_LIMITS("rate-limits", Level.EXTENDED),
    RETRIES("retries", Level.EXTENDED),
    CACHING("caching", Level.EXTENDED),
    HEALTH("health", Level.EXTENDED),
    VIRTUAL_KEYS("virtual-keys", Level.EXTENDED),
    BUDGETS("budgets", Level.EXTENDED),
    REQUEST_ID("request-id", Level.EXTENDED),
    /**
     * The client speaks OpenAI chat completions and the gateway translates to Anthropic's Messages API upstream: only
     * a target that does so claims it (the scenarios check the Anthropic request the provider received).
     */
    TRANSLATION_ANTHROPIC("translation-anthropic", Level.EXTENDED),
    /** The same, translating to Gemini's generateContent upstream. */
    TRANSLATION_GEMINI("translation-gemini", Level.EXTENDED),
    /** Anthropic's Messages API ({@code POST /v1/messages}) served to clients, as Claude-style clients call it. */
    MESSAGES_API("messages-api", Level.EXTENDED),
    /** OpenAI's Responses API ({@code POST /v1/responses}) served to clients. */
    RESPONSES_API("responses-api", Level.EXTENDED);

    private final String wireName;
    private final Level level;

    Feature(String wireName, Level level) {
        this.wireName = wireName;
        this.level = level;
    }

    /** How files and reports write it: {@code response-format}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    public Level level() {
        return level;
    }

    @Override
    public String toString() {
        return wireName;
    }

    /** The features' wire names, in order; none for null. */
    public static List<String> names(List<Feature> features) {
        return features == null ? List.of() : features.stream().map(Feature::wireName).toList();
    }

    public static Optional<Feature> fromWire(String name) {
        return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
    }

    /** Every feature's name, comma-separated, for messages. */
    public static String known() {
        return Arrays.stream(values()).map(Feature::wireName).collect(Collectors.joining(", "));
    }

    /** @throws dev.cutover.yaml.InputException naming file, line and field for an unknown name */
    public static Feature read(YamlNode n) {
        String name = n.text();
        return fromWire(name).orElseThrow(() -> n.error("unknown feature '" + name + "'; known: " + known()));
    }
}
