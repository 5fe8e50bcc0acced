package dev.cutover.wire;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The forms a secret takes when something encodes it on its way out: as written, URL-encoded, JSON-escaped
 * ({@code \u0073\u006b…}), and base64 — where a secret inside a longer text (Basic auth's {@code user:key})
 * encodes differently at each of three byte alignments, so each alignment's characters that depend on the
 * secret alone are a form of their own.
 */
final class Disguises {
    /** Shorter base64 fragments would match too much innocent text. */
    private static final int MIN_BASE64 = 8;

    private Disguises() {}

    static Set<String> of(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        StringBuilder lower = new StringBuilder();
        StringBuilder upper = new StringBuilder();
        for (char c : secret.toCharArray()) {
            lower.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            upper.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        }
        forms.add(lower.toString());
        forms.add(upper.toString());
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        for (int pad = 0; pad < 3; pad++) {
            byte[] shifted = new byte[pad + bytes.length];
            System.arraycopy(bytes, 0, shifted, pad, bytes.length);
            String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
            // Characters 0..start-1 carry bits of the pad; from end on they carry bits of whatever follows.
            int start = (pad * 8 + 5) / 6;
            int end = shifted.length * 8 / 6;
            if (end - start < MIN_BASE64) continue;
            String core = encoded.substring(start, end);
            forms.add(core);
            forms.add(core.replace('+', '-').replace('/', '_'));
        }
        forms.removeIf(f -> f.length() < 4);
        return forms;
    }
}
