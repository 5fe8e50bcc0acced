package dev.cutover.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormaliseTest {

    @Test
    void generatedIdsBecomeAPlaceholderButModelNamesStay() {
        assertEquals(Normalise.ID, Normalise.jsonString("id", "chatcmpl-3ROsM1wP6JxTaHq3I56akb4OnidrW"));
        assertEquals(Normalise.ID, Normalise.jsonString("id", "chatcmpl-uyzQKdoNiygdDSnFFToodwmHccivx"));
        assertEquals(Normalise.ID, Normalise.jsonString("tool_call_id", "call_abc123def456"));
        assertEquals("gpt-4o-mini", Normalise.jsonString("id", "gpt-4o-mini"));
        assertEquals("text-embedding-3-small", Normalise.jsonString("id", "text-embedding-3-small"));
        // Not an id key: the text stays, however random it looks.
        assertEquals("chatcmpl-3ROsM1wP6JxTaHq3I56akb4OnidrW", Normalise.jsonString("content", "chatcmpl-3ROsM1wP6JxTaHq3I56akb4OnidrW"));
    }

    @Test
    void timestampsFingerprintsAndDatesAreNotCompared() {
        assertEquals(Normalise.TIMESTAMP, Normalise.jsonNumber("created", "1795355302"));
        assertEquals("42", Normalise.jsonNumber("index", "42"));
        assertEquals(Normalise.VOLATILE, Normalise.jsonString("system_fingerprint", "fp_abc"));
        assertEquals("at " + Normalise.DATE, Normalise.text("at 2026-11-22T13:48:22.123Z"));
        assertEquals(Normalise.VOLATILE, Normalise.header("date", "Sun, 22 Nov 2026 13:48:22 GMT"));
    }

    @Test
    void traceAndRequestIdHeadersCountOnlyByPresence() {
        for (String h : new String[] {"x-request-id", "x-portkey-trace-id", "x-litellm-call-id", "openai-processing-ms", "content-length"}) {
            assertEquals(Normalise.VOLATILE, Normalise.header(h, "abc-123"), h);
        }
        assertEquals("DISABLED", Normalise.header("x-portkey-cache-status", "DISABLED"));
    }

    @Test
    void markerNoncesUuidsAndLoopbackPortsDoNotTellSessionsApart() {
        assertEquals("Hi [cutover:chat-basic]", Normalise.text("Hi [cutover:chat-basic.e77b866a]"));
        assertEquals("chat-basic", Normalise.header("x-cutover-exchange", "chat-basic.e77b866a"));
        assertEquals("http://127.0.0.1:<port>/v1", Normalise.text("http://127.0.0.1:33109/v1"));
        assertEquals("req " + Normalise.ID, Normalise.text("req 123e4567-e89b-12d3-a456-426614174000"));
    }

    @Test
    void contentTypeComparesByMediaType() {
        assertEquals("text/event-stream", Normalise.header("content-type", "text/event-stream; charset=utf-8"));
        assertEquals("application/json", Normalise.header("content-type", "Application/JSON"));
    }

    @Test
    void tokenCountPathsAreRecognised() {
        assertTrue(Normalise.isTokenCount("body.$.usage.total_tokens"));
        assertFalse(Normalise.isTokenCount("body.$.usage"));
    }
}
