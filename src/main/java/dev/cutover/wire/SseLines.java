package dev.cutover.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts bytes into SSE lines as they arrive. LF, CR and CRLF each end a line (the SSE grammar allows all
 * three), and a CRLF split across two reads still ends one line. A line is handed over the moment its
 * terminator arrives, so a stream whose lines end with a bare CR is not held back waiting for a byte that
 * may never come; when the LF of a CRLF only comes with the next read, it is handed over on its own as
 * {@link Line#lfAfterCr()}, so a relay can pass every byte on and a reader can skip it.
 *
 * <p>Lines longer than the cap keep their first {@code maxLineBytes} bytes; {@link Line#cutBytes()} says how
 * many more there were, so memory stays bounded whatever a server sends.
 */
public final class SseLines {
    /** Longer lines than this are cut: a JSON chunk of an LLM stream is a few hundred bytes to some kB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    /**
     * One line as received.
     *
     * @param raw        the bytes with the terminator, exactly as received (up to the cap)
     * @param textBytes  how many of them come before the terminator
     * @param lfAfterCr  this is only the LF that completes a CRLF whose CR ended the previous line
     * @param cutBytes   bytes of the line beyond the cap, dropped
     */
    public record Line(byte[] raw, int textBytes, boolean lfAfterCr, long cutBytes) {
        /** The line's text without its terminator, decoded as UTF-8. */
        public String text() {
            return new String(raw, 0, textBytes, StandardCharsets.UTF_8);
        }

        /** A blank line: the end of an event. */
        public boolean blank() {
            return textBytes == 0 && !lfAfterCr && raw.length > 0;
        }

        /** The line had no terminator: the input ended inside it. */
        public boolean unterminated() {
            return raw.length == textBytes;
        }
    }

    private final int maxLineBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private long cut;
    private boolean afterCr;

    public SseLines() {
        this(DEFAULT_MAX_LINE_BYTES);
    }

    public SseLines(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** Hands every line that these bytes complete to {@code out}, in order. */
    public void feed(byte[] bytes, int offset, int length, Consumer<Line> out) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (afterCr) {
                afterCr = false;
                if (b == '\n') {
                    out.accept(new Line(new byte[] {'\n'}, 0, true, 0));
                    continue;
                }
            }
            if (b == '\n' || b == '\r') {
                int text = line.size();
                line.write(b);
                if (b == '\r' && i + 1 < offset + length && bytes[i + 1] == '\n') line.write(bytes[++i]);
                else afterCr = b == '\r';
                out.accept(take(text));
            } else if (line.size() < maxLineBytes) {
                line.write(b);
            } else {
                cut++;
            }
        }
    }

    /** The input has ended: the unterminated rest, if any (a line without its end). */
    public Line finish() {
        afterCr = false;
        return line.size() == 0 && cut == 0 ? null : take(line.size());
    }

    private Line take(int textBytes) {
        Line l = new Line(line.toByteArray(), textBytes, false, cut);
        line.reset();
        cut = 0;
        return l;
    }
}
