package dev.cutover.mock;

import java.net.URI;

/**
 * The request line's target split into its percent-decoded path and raw query. A target of plain path characters
 * is split by hand; anything else (escapes, odd characters) goes through {@link URI}, which decodes it or refuses
 * it. The mock reads every request's target, and most are plain.
 *
 * @param path     percent-decoded; empty for targets without a path ({@code OPTIONS *}): WireMock answers them
 * @param rawQuery as sent, null without one
 */
record RequestTarget(String path, String rawQuery) {

    /** @throws IllegalArgumentException when the target is no URI */
    static RequestTarget of(String target) {
        if (plain(target)) {
            int q = target.indexOf('?');
            return q < 0 ? new RequestTarget(target, null) : new RequestTarget(target.substring(0, q), target.substring(q + 1));
        }
        URI uri = URI.create(target);
        return new RequestTarget(uri.getPath() == null ? "" : uri.getPath(), uri.getRawQuery());
    }

    /** An origin-form target ({@code /…}) of unreserved characters, sub-delimiters, ':', '@', '/' and one '?'. */
    private static boolean plain(String target) {
        if (target.isEmpty() || target.charAt(0) != '/') return false;
        boolean query = false;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '?') {
                if (query) return false;
                query = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
