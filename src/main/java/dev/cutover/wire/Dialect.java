package dev.cutover.wire;

import java.net.URI;

/**
 * Which provider API a request speaks, told by its path alone, as a provider's router does: the mock answers in
 * the dialect a request arrived in, and the both-ways check compares a translated exchange in one vocabulary.
 * Azure's deployment paths are OpenAI's dialect (the same bodies under another path).
 */
public enum Dialect {
    /** OpenAI chat completions and embeddings ({@code /v1/chat/completions}; Azure's deployment paths too). */
    OPENAI("openai"),
    /** Anthropic's Messages API: {@code POST /v1/messages}. */
    ANTHROPIC("anthropic"),
    /** Gemini's generateContent: {@code POST /v1beta/models/{model}:generateContent} or {@code :streamGenerateContent}. */
    GEMINI("gemini");

    private final String word;

    Dialect(String word) {
        this.word = word;
    }

    /** How files and reports write it. */
    public String word() {
        return word;
    }

    /** The dialect of a request path (without its query). */
    public static Dialect ofPath(String path) {
        if (path == null) return OPENAI;
        if (isMessages(path)) return ANTHROPIC;
        if (isGenerate(path)) return GEMINI;
        return OPENAI;
    }

    // Read by hand rather than by regular expression: the mock asks this of every request it serves.
    // A gateway pointed at a custom host may put its own prefix in front, so only the tail counts: a prefix is
    // empty or a path without a colon.

    /** {@code /messages}, or {@code /v1/messages} after a prefix. */
    private static boolean isMessages(String path) {
        return path.equals("/messages") || path.endsWith("/v1/messages") && prefix(path, path.length() - "/v1/messages".length());
    }

    /** {@code /models/{model}:generateContent} (or {@code :streamGenerateContent}, either capital g) after a prefix. */
    private static boolean isGenerate(String path) {
        int colon = path.lastIndexOf(':');
        if (colon < 0) return false;
        String verb = path.substring(colon + 1);
        if (verb.startsWith("stream")) verb = verb.substring("stream".length());
        if (!verb.equals("generateContent") && !verb.equals("GenerateContent")) return false;
        int slash = path.lastIndexOf('/', colon);
        return slash > 0 && slash + 1 < colon && path.startsWith("/models", slash - "/models".length())
                && prefix(path, slash - "/models".length());
    }

    /** Whether the first {@code end} characters are a prefix a gateway may add: nothing, or a path without a colon. */
    private static boolean prefix(String path, int end) {
        if (end < 0) return false;
        return end == 0 || path.charAt(0) == '/' && path.lastIndexOf(':', end - 1) < 0;
    }

    /** The dialect of a full URL, as a client sent it; OPENAI when it cannot be read. */
    public static Dialect ofUrl(String url) {
        try {
            return ofPath(URI.create(url).getPath());
        } catch (IllegalArgumentException | NullPointerException e) {
            return OPENAI;
        }
    }

    /** Whether a Gemini path asks for a stream ({@code :streamGenerateContent}). */
    public static boolean geminiStreams(String path) {
        return path != null && path.endsWith(":streamGenerateContent");
    }

    /** The model a Gemini path names ({@code models/{model}:…}), or null. */
    public static String geminiModel(String path) {
        if (path == null) return null;
        int colon = path.lastIndexOf(':');
        int slash = path.lastIndexOf("/models/");
        return colon < 0 || slash < 0 || slash + 8 > colon ? null : path.substring(slash + 8, colon);
    }
}
