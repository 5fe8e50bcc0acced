package dev.cutover.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Redactor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A large body is shown from its start, masked as far as it is shown and a margin past it. */
class BodiesTest {
    private static final String KEY = "sk-test-0123456789abcdefghij";
    private static final Redactor REDACTOR = new Redactor(List.of(KEY));

    @Test
    void aSecretStraddlingTheCutOfALargeBodyIsMaskedNotShownInPart() {
        String body = "x".repeat(Bodies.LIMIT - 10) + KEY + "y".repeat(Bodies.LARGE);
        String shown = Bodies.display(body, REDACTOR);
        assertFalse(shown.contains("sk-test-01"), "no part of the key: " + shown.substring(Bodies.LIMIT - 20, Bodies.LIMIT));
        assertTrue(shown.contains("of " + String.format(java.util.Locale.ROOT, "%,d", body.length()) + " characters shown"),
                "the note names the whole body's length");
    }

    @Test
    void aSecretHiddenByJsonEscapesInALargeBodyIsMasked() {
        String escaped = "\\u0073k-test-0123456789abcdefghij".replace("/", "\\/");
        String body = "{\"echo\":\"" + escaped + "\",\"pad\":\"" + "z".repeat(Bodies.LARGE) + "\"}";
        String shown = Bodies.display(body, REDACTOR);
        assertFalse(shown.contains("0123456789abcdefghij"), shown.substring(0, 80));
    }

    @Test
    void aSmallBodyIsPrettyPrintedAndMaskedWhole() {
        assertEquals("{\n  \"key\" : \"***\"\n}", Bodies.display("{\"key\":\"" + KEY + "\"}", REDACTOR));
    }
}
