package dev.cutover.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseRelayTest {

    @Test
    void everyByteGoesOnAsItCameWhateverTheLineEnds() throws IOException {
        for (String text : List.of("data: a\n\ndata: [DONE]\n\n", "data: a\r\rdata: b\r\r", "data: a\r\n\r\n: c\r\ndata: b\r\n\r\n",
                "event: x\ndata: y\n\ndata: unterminated")) {
            assertEquals(text, relay(reads(text, 1), SseRelay.AS_IS).text(), "one byte per read");
            assertEquals(text, relay(reads(text, 4096), SseRelay.AS_IS).text(), "all at once");
        }
    }

    @Test
    void eachEventIsFlushedOnItsOwnAtItsBlankLine() throws IOException {
        Sink sink = relay(reads("data: a\n\ndata: b\r\n\r\n", 3), SseRelay.AS_IS);
        assertEquals(List.of("data: a\n\n", "data: b\r\n\r\n"), sink.flushed);
    }

    @Test
    void anEditorSeesEachEventsDataAndMayDropItWithTheLfOfItsCrlf() throws IOException {
        List<String> seen = new ArrayList<>();
        SseRelay.Editor dropDone = e -> {
            seen.add(e.index() + ":" + e.data());
            return "[DONE]".equals(e.data()) ? new byte[0] : e.raw();
        };
        // The CRLF of the last blank line is split across reads, so its LF arrives after the event was decided.
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
                bytes("data: a\r\n\r\ndata: [DONE]\r\n\r"), bytes("\n"))));
        Sink sink = relay(in, dropDone);
        assertEquals("data: a\r\n\r\n", sink.text());
        assertEquals(List.of("0:a", "1:[DONE]"), seen);
    }

    @Test
    void aBrokenProviderIsUpstreamBrokenNotTheClients() {
        InputStream broken = new InputStream() {
            private int n;
            @Override public int read() throws IOException {
                if (n < 9) return "data: a\n\n".charAt(n++);
                throw new IOException("reset");
            }
        };
        Sink sink = new Sink();
        assertThrows(SseRelay.UpstreamBroken.class, () -> SseRelay.relay(broken, sink, SseRelay.AS_IS));
        assertEquals("data: a\n\n", sink.text(), "what came before the break went on");
    }

    @Test
    void aLineOverTheBoundEndsTheRelay() {
        byte[] huge = ("data: " + "x".repeat(SseLines.DEFAULT_MAX_LINE_BYTES + 10) + "\n\n").getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> SseRelay.relay(new ByteArrayInputStream(huge), new Sink(), SseRelay.AS_IS));
        assertEquals(false, e instanceof SseRelay.UpstreamBroken);
    }

    @Test
    void eventRawIsExactlyItsLines() {
        SseLines lines = new SseLines();
        List<SseLines.Line> got = new ArrayList<>();
        byte[] b = bytes("data: é\r\n\r\n").readAllBytesQuietly();
        lines.feed(b, 0, b.length, got::add);
        assertArrayEquals(b, new SseRelay.Event(0, got).raw());
    }

    private static Sink relay(InputStream in, SseRelay.Editor editor) throws IOException {
        Sink sink = new Sink();
        SseRelay.relay(in, sink, editor);
        return sink;
    }

    /** The text delivered in reads of at most {@code size} bytes. */
    private static InputStream reads(String text, int size) {
        byte[] all = text.getBytes(StandardCharsets.UTF_8);
        return new ByteArrayInputStream(all) {
            @Override public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, size));
            }
        };
    }

    private static Bytes bytes(String s) {
        return new Bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static final class Bytes extends ByteArrayInputStream {
        Bytes(byte[] b) { super(b); }
        byte[] readAllBytesQuietly() { return readAllBytes(); }
    }

    /** Records what was written between flushes. */
    private static final class Sink extends ByteArrayOutputStream {
        final List<String> flushed = new ArrayList<>();
        private int mark;

        @Override public void flush() {
            if (size() > mark) flushed.add(new String(toByteArray(), mark, size() - mark, StandardCharsets.UTF_8));
            mark = size();
        }

        String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }
}
