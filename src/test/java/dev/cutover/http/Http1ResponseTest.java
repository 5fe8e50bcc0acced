package dev.cutover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Http1ResponseTest {

    @Test
    void chunkedBodyIsDechunkedAndTheNextResponseIsLeftAlone() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Http1Response r = new Http1Response((b, off, len, at) -> body.write(b, off, len));
        byte[] wire = ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n1\r\n!\r\n0\r\nT: 1\r\n\r\n"
                + "HTTP/1.1 200 OK").getBytes(StandardCharsets.ISO_8859_1);
        int used = 0;
        for (int i = 0; i < wire.length && !r.complete(); i++) used += r.feed(wire, i, 1, i);
        assertTrue(r.complete());
        assertEquals(200, r.status());
        assertEquals("hello!", body.toString(StandardCharsets.UTF_8));
        assertEquals(wire.length - "HTTP/1.1 200 OK".length(), used);
    }

    @Test
    void lengthBodyAndHeaderTimeAndInterimAnswersSkipped() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Http1Response r = new Http1Response((b, off, len, at) -> body.write(b, off, len));
        byte[] head = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 3\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        r.feed(head, 0, head.length, 77);
        assertTrue(r.headersDone());
        assertFalse(r.complete());
        assertEquals(77, r.headersAtNanos());
        r.feed("abc".getBytes(StandardCharsets.ISO_8859_1), 0, 3, 80);
        assertTrue(r.complete());
        assertEquals(404, r.status());
        assertTrue(r.closeAfter());
        assertEquals("abc", body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyWithoutFramingRunsToTheCloseAndACutOneIsAnError() throws IOException {
        Http1Response untilClose = new Http1Response((b, off, len, at) -> { });
        byte[] head = "HTTP/1.0 200 OK\r\n\r\nsome".getBytes(StandardCharsets.ISO_8859_1);
        untilClose.feed(head, 0, head.length, 0);
        untilClose.endOfInput();
        assertTrue(untilClose.complete());

        Http1Response cut = new Http1Response((b, off, len, at) -> { });
        byte[] part = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc".getBytes(StandardCharsets.ISO_8859_1);
        cut.feed(part, 0, part.length, 0);
        assertEquals("connection closed mid-response", assertThrows(IOException.class, cut::endOfInput).getMessage());
        assertEquals("connection closed before any response",
                assertThrows(IOException.class, new Http1Response((b, off, len, at) -> { })::endOfInput).getMessage());
    }

    @Test
    void garbageIsNotAResponse() {
        Http1Response r = new Http1Response((b, off, len, at) -> { });
        byte[] junk = "SSH-2.0-OpenSSH\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(IOException.class, () -> r.feed(junk, 0, junk.length, 0));
    }

    /**
     * Framing values a hostile server sends: a negative chunk size once sent the parser back over bytes it had
     * read, for ever (the overhead probe spun at full CPU past its time limit); a signed or empty length, or a
     * chunked body that also claims a length, is no framing a client can trust.
     */
    @Test
    void signedEmptyOrConflictingFramingIsAnErrorNotALoop() {
        for (String head : new String[] {
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n+5\r\nhello\r\n0\r\n\r\n",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\r\nhello\r\n0\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nhello",
                "HTTP/1.1 200 OK\r\nContent-Length: +5\r\n\r\nhello",
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nhello",
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"}) {
            byte[] wire = head.getBytes(StandardCharsets.ISO_8859_1);
            Http1Response r = new Http1Response((b, off, len, at) -> { });
            assertThrows(IOException.class, () -> r.feed(wire, 0, wire.length, 0), head);
        }
    }

    @Test
    void aRepeatedEqualLengthIsOneLength() throws IOException {
        byte[] wire = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello".getBytes(StandardCharsets.ISO_8859_1);
        Http1Response r = new Http1Response((b, off, len, at) -> { });
        r.feed(wire, 0, wire.length, 0);
        assertTrue(r.complete());
    }
}
