package dev.cutover.wire;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tag that tells the mock provider which scenario exchange a request belongs to. Gateways rename
 * models, rewrite paths and drop unknown headers, but they forward message content, so the runner puts
 * {@code [cutover:<key>]} into the last user message (or the embedding input) and also sends the key
 * in the {@value #HEADER} header for requests without content (model listings).
 */
public final class Marker {
    public static final String HEADER = "x-cutover-exchange";
    private static final Pattern TAG = Pattern.compile("\\[cutover:([A-Za-z0-9._-]{1,120})]");

    private Marker() {}

    public static String tag(String exchangeKey) {
        return "[cutover:" + exchangeKey + "]";
    }

    /** The exchange key found in a request body, if any. */
    public static Optional<String> find(String text) {
        if (text == null) return Optional.empty();
        Matcher m = TAG.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Text with every marker removed, e.g. to count prompt words as the provider would. */
    public static String strip(String text) {
        return text == null ? null : TAG.matcher(text).replaceAll("").trim();
    }
}
