package dev.cutover.wire;

import java.util.Optional;

/**
 * The tag that tells the mock provider which scenario exchange a request belongs to. Gateways rename
 * models, rewrite paths and drop unknown headers, but they forward message content, so the runner puts
 * {@code [cutover:<key>]} into the last user message (or the embedding input) and also sends the key
 * in the {@value #HEADER} header for requests without content (model listings).
 */
public final class Marker {
    public static final String HEADER = "x-cutover-exchange";
    private static final String OPEN = "[cutover:";
    private static final int MAX_KEY = 120;

    private Marker() {}

    public static String tag(String exchangeKey) {
        return "[cutover:" + exchangeKey + "]";
    }

    /** The exchange key found in a request body, if any. */
    public static Optional<String> find(String text) {
        if (text == null) return Optional.empty();
        int at = next(text, 0);
        return at < 0 ? Optional.empty() : Optional.of(text.substring(at + OPEN.length(), text.indexOf(']', at)));
    }

    /** Text with every marker removed, e.g. to count prompt words as the provider would. */
    public static String strip(String text) {
        if (text == null) return null;
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = next(text, 0); at >= 0; at = next(text, from)) {
            out.append(text, from, at);
            from = text.indexOf(']', at) + 1;
        }
        return out.append(text, from, text.length()).toString().trim();
    }

    /**
     * Where the next whole tag starts at or after {@code from} ({@code [cutover:}, 1 to 120 of A-Z a-z 0-9 . _ -,
     * then {@code ]}), or -1. Read by hand: the mock looks for it in every request body it serves.
     */
    private static int next(String text, int from) {
        for (int at = text.indexOf(OPEN, from); at >= 0; at = text.indexOf(OPEN, at + 1)) {
            int i = at + OPEN.length();
            int end = Math.min(text.length(), i + MAX_KEY + 1);
            int j = i;
            while (j < end && keyChar(text.charAt(j))) j++;
            if (j > i && j < text.length() && j - i <= MAX_KEY && text.charAt(j) == ']') return at;
        }
        return -1;
    }

    private static boolean keyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
    }
}
