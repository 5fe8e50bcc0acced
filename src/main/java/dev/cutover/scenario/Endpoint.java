package dev.cutover.scenario;

/** Logical endpoints; a target's API style maps each to a concrete path. */
public enum Endpoint {
    CHAT_COMPLETIONS("chat.completions", "POST"),
    EMBEDDINGS("embeddings", "POST"),
    MODELS_LIST("models.list", "GET"),
    MODELS_GET("models.get", "GET");

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
