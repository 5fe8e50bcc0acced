package dev.cutover.wire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Masks secrets in anything that leaves the process: known secret values wherever they appear — also
 * base64-encoded (as in Basic auth), URL-encoded or JSON-escaped, the forms a gateway that echoes a key
 * gives it ({@link Disguises}) — and the values of credential headers whatever they hold. Every report, log
 * line and attachment goes through it.
 */
public final class Redactor {
    public static final String MASK = "***";
    private static final Set<String> CREDENTIAL_HEADERS = Set.of(
            "authorization", "api-key", "x-api-key", "proxy-authorization", "x-portkey-api-key", "x-upstream-key");

    private final List<String> secrets;

    public Redactor(List<String> secrets) {
        Set<String> s = new LinkedHashSet<>();
        for (String v : secrets) if (v != null && v.length() >= 4) s.addAll(Disguises.of(v));
        List<String> sorted = new ArrayList<>(s);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(sorted);
    }

    public static Redactor none() {
        return new Redactor(List.of());
    }

    public String mask(String text) {
        if (text == null) return null;
        String out = text;
        for (String s : secrets) out = out.replace(s, MASK);
        return out;
    }

    public static boolean isCredentialHeader(String name) {
        return CREDENTIAL_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A header value fit for output: credential headers keep only their scheme word. */
    public String maskHeader(String name, String value) {
        if (isCredentialHeader(name) && value != null) {
            int space = value.indexOf(' ');
            return space > 0 ? value.substring(0, space) + " " + MASK : MASK;
        }
        return mask(value);
    }
}
