package dev.cutover.wire;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which content codings a client decodes: those its request's {@code Accept-Encoding} names with a q above 0
 * ({@code x-gzip} as {@code gzip}), or, when it named none, gzip and deflate, as httpx decodes whatever it was sent.
 * The client reads an answer in one of them decoded; any other coding reaches it as the bytes came.
 */
public final class ContentCodings {
    private static final Set<String> WITHOUT_ACCEPT = Set.of("gzip", "deflate");

    private ContentCodings() {}

    /** The codings decoded for a request sent with this Accept-Encoding (empty: none was sent). */
    public static Set<String> accepted(Optional<String> acceptEncoding) {
        if (acceptEncoding.isEmpty()) return WITHOUT_ACCEPT;
        return Arrays.stream(acceptEncoding.get().split(","))
                .map(String::trim)
                .filter(part -> !part.isEmpty() && !zeroQ(part))
                .map(part -> name(part.split(";", 2)[0]))
                .collect(Collectors.toSet());
    }

    /** A coding's name as {@link #accepted} lists it: trimmed, lower case, {@code x-gzip} as {@code gzip}. */
    public static String name(String coding) {
        String n = coding.trim().toLowerCase(Locale.ROOT);
        return n.equals("x-gzip") ? "gzip" : n;
    }

    private static boolean zeroQ(String part) {
        int q = part.toLowerCase(Locale.ROOT).indexOf("q=");
        if (q < 0) return false;
        try {
            return Double.parseDouble(part.substring(q + 2).trim()) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
