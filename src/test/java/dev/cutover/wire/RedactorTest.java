package dev.cutover.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final String KEY = "sk-live-Zq9/x+Y7=0123456789";
    private final Redactor redactor = new Redactor(List.of(KEY));

    @Test
    void theKeyIsMaskedAsWrittenUrlEncodedAndJsonEscaped() {
        assertEquals("key ***", redactor.mask("key " + KEY));
        String url = URLEncoder.encode("k=" + KEY, StandardCharsets.UTF_8);
        assertFalse(redactor.mask(url).contains(URLEncoder.encode(KEY, StandardCharsets.UTF_8)), redactor.mask(url));
        StringBuilder escaped = new StringBuilder();
        for (char c : KEY.toCharArray()) escaped.append(String.format("\\u%04x", (int) c));
        assertEquals("{\"k\":\"***\"}", redactor.mask("{\"k\":\"" + escaped + "\"}"));
    }

    @Test
    void theKeyInsideBase64IsMaskedAtEveryAlignment() {
        for (String prefix : List.of("", "u:", "us:", "user:")) {
            for (Base64.Encoder enc : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                String basic = enc.encodeToString((prefix + KEY + "!tail").getBytes(StandardCharsets.UTF_8));
                String masked = redactor.mask("Basic " + basic);
                assertFalse(masked.equals("Basic " + basic), "prefix '" + prefix + "': " + masked);
                // What is left cannot be decoded back into the key.
                assertFalse(decodeLoosely(masked.substring(6)).contains(KEY.substring(4, 14)), masked);
            }
        }
    }

    @Test
    void credentialHeadersKeepOnlyTheirScheme() {
        assertEquals("Bearer ***", redactor.maskHeader("Authorization", "Bearer anything-at-all"));
        assertEquals("***", redactor.maskHeader("api-key", "x"));
    }

    private static String decodeLoosely(String text) {
        StringBuilder out = new StringBuilder();
        for (String part : text.split("\\*\\*\\*")) {
            try {
                out.append(new String(Base64.getMimeDecoder().decode(part.replace('-', '+').replace('_', '/')),
                        StandardCharsets.ISO_8859_1));
            } catch (IllegalArgumentException notBase64) {
                // a fragment that is no longer base64 reveals nothing
            }
        }
        return out.toString();
    }
}
