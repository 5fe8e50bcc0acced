package dev.cutover.wire;

/** Logical endpoints; a target's API style maps each to a concrete path. */
public enum Endpoint {
    CHAT_COMPLETIONS("chat.completions", "POST"),
    EMBEDDINGS("embeddings", "POST"),
    MODELS_LIST("models.list", "GET"),
    MODELS_GET("models.get", "GET"),
    /** The gateway's liveness path, from the target's conventions (livenessPath), at the host root. */
    HEALTH_LIVENESS("health.liveness", "GET"),
    /** The gateway's readiness path, from the target's conventions (readinessPath), at the host root. */
    HEALTH_READINESS("health.readiness", "GET"),
    /**
     * Anthropic's Messages API as a client calls it (Anthropic's SDKs, Claude-style clients pointed at a gateway):
     * {@code POST …/messages} under the base URL, the key in {@code x-api-key}.
     */
    MESSAGES("messages", "POST"),
    /** OpenAI's Responses API: {@code POST …/responses} under the base URL, with the target's own key header. */
    RESPONSES("responses", "POST");

    private final String word;
    private final String method;

    Endpoint(String word, String method) {
        this.word = word;
        this.method = method;
    }

    public String word() { return word; }
    public String defaultMethod() { return method; }

    public static Endpoint fromWord(String w) {
        for (Endpoint e : values()) if (e.word.equals(w)) return e;
        return null;
    }
}
