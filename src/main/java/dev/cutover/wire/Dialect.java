package dev.cutover.wire;

import java.net.URI;
import java.util.regex.Pattern;

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

    // A gateway pointed at a custom host may put its own prefix in front, so only the tail is matched.
    private static final Pattern MESSAGES = Pattern.compile("^(?:/[^:]*)?/v1/messages$|^/messages$");
    private static final Pattern GENERATE = Pattern.compile("^(?:/[^:]*)?/models/[^/]+:(?:stream)?[gG]enerateContent$");

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
        if (MESSAGES.matcher(path).matches()) return ANTHROPIC;
        if (GENERATE.matcher(path).matches()) return GEMINI;
        return OPENAI;
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
