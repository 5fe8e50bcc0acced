package dev.cutover.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Headers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentCodingTest {
    private static final String JSON = "{\"object\":\"chat.completion\",\"choices\":[]}";
    private static final Optional<String> PYTHON = Optional.of("gzip, deflate");

    @Test
    void gzipAndItsOldNameAreDecoded() throws IOException {
        assertEquals(JSON, read(gzip(JSON), "gzip", PYTHON));
        assertEquals(JSON, read(gzip(JSON), "X-Gzip", PYTHON));
    }

    @Test
    void deflateIsDecodedZlibWrappedOrRaw() throws IOException {
        assertEquals(JSON, read(deflate(JSON, false), "deflate", PYTHON));
        assertEquals(JSON, read(deflate(JSON, true), "deflate", PYTHON));
    }

    @Test
    void aCodingTheRequestDidNotAcceptIsLeftAsItCame() throws IOException {
        byte[] coded = gzip(JSON);
        // OkHttp asks for gzip only, and leaves a deflate body coded; a br body is left to everyone.
        assertArrayEquals(deflate(JSON, false), bytes(deflate(JSON, false), "deflate", Optional.of("gzip")));
        assertArrayEquals(coded, bytes(coded, "br", PYTHON));
        assertArrayEquals(coded, bytes(coded, "gzip", Optional.of("gzip;q=0, deflate")));
        assertEquals(JSON, read(JSON.getBytes(StandardCharsets.UTF_8), "identity", PYTHON));
        assertEquals(JSON, read(JSON.getBytes(StandardCharsets.UTF_8), null, PYTHON));
    }

    @Test
    void withoutAcceptEncodingGzipAndDeflateAreDecodedAsHttpxDoes() throws IOException {
        assertEquals(JSON, read(gzip(JSON), "gzip", Optional.empty()));
        assertEquals(Set.of("gzip", "deflate"), dev.cutover.wire.ContentCodings.accepted(Optional.empty()));
        assertEquals(Set.of("gzip", "br"), dev.cutover.wire.ContentCodings.accepted(Optional.of("x-gzip;q=0.5, br, deflate;q=0")));
    }

    @Test
    void aBodyThatSaysGzipButIsNotFailsSayingSo() {
        IOException e = assertThrows(IOException.class,
                () -> read("this is not gzip".getBytes(StandardCharsets.UTF_8), "gzip", PYTHON));
        assertTrue(e.getMessage().startsWith("Content-Encoding gzip, but the body does not decode as gzip"), e.getMessage());
        assertEquals(e.getMessage(), Observations.describe(e), "the report words it as it is");
        assertTrue(ContentCoding.of(headers("br"), PYTHON).unsupported().orElseThrow().contains("which the client did not ask for"));
    }

    @Test
    void anEmptyBodyStaysEmpty() throws IOException {
        assertEquals("", read(new byte[0], "gzip", PYTHON));
    }

    @Test
    void aFlushedEventIsReadBeforeTheNextOneIsSent() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        GZIPOutputStream gz = new GZIPOutputStream(wire, true);
        gz.write("data: 1\n\n".getBytes(StandardCharsets.UTF_8));
        gz.flush();
        byte[] first = wire.toByteArray();
        wire.reset();
        gz.write("data: 2\n\n".getBytes(StandardCharsets.UTF_8));
        gz.close();
        Segments raw = new Segments(first, wire.toByteArray());
        InputStream in = ContentCoding.of(headers("gzip"), PYTHON).decode(raw);
        byte[] buf = new byte[64];
        int n = in.read(buf, 0, buf.length);
        assertEquals("data: 1\n\n", new String(buf, 0, n, StandardCharsets.UTF_8));
        raw.release();
        assertEquals("data: 2\n\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** A stream delivering its first segment, then failing any read until released: a decoder that reads ahead fails. */
    private static final class Segments extends InputStream {
        private final Deque<byte[]> left = new ArrayDeque<>();
        private boolean released;

        Segments(byte[] first, byte[] rest) {
            left.add(first);
            left.add(rest);
        }

        void release() {
            released = true;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left.isEmpty()) return -1;
            if (left.size() == 1 && !released) throw new IOException("read past what the server has sent so far");
            byte[] head = left.peek();
            int n = Math.min(len, head.length);
            System.arraycopy(head, 0, b, off, n);
            left.poll();
            if (n < head.length) left.push(java.util.Arrays.copyOfRange(head, n, head.length));
            return n;
        }
    }

    private static String read(byte[] body, String coding, Optional<String> accept) throws IOException {
        return new String(bytes(body, coding, accept), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[] body, String coding, Optional<String> accept) throws IOException {
        try (InputStream in = ContentCoding.of(headers(coding), accept).decode(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static Headers headers(String coding) {
        return coding == null ? Headers.EMPTY : Headers.of(Map.of("Content-Encoding", List.of(coding)));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] deflate(String text, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
