package dev.cutover.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 response read from a connection's bytes as they arrive: status line, headers, then the body
 * framed by {@code Content-Length}, chunked encoding or the end of the connection. Body bytes go to a sink
 * with the time of the read that brought them, so a client timing streams with {@link System#nanoTime()}
 * (the overhead probe, the bench's stream clients) sees each event when its bytes came off the socket, and
 * both read responses the same way. Interim 1xx answers are skipped.
 */
public final class Http1Response {
    private static final int MAX_HEAD_LINE = 64 * 1024;

    /** Receives body bytes, de-chunked, with the {@link System#nanoTime()} of the read they came in. */
    @FunctionalInterface
    public interface BodySink {
        void body(byte[] bytes, int offset, int length, long arrivedNanos);
    }

    private enum State { STATUS, HEADERS, LENGTH, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, UNTIL_CLOSE, DONE }

    private final BodySink sink;
    private final StringBuilder line = new StringBuilder(64);
    private State state = State.STATUS;
    private int status;
    private long headersAtNanos;
    private long left = -1;
    private boolean chunked;
    private boolean closeAfter;
    private boolean sawAnyByte;

    public Http1Response(BodySink sink) {
        this.sink = sink;
    }

    /**
     * Reads bytes that arrived at {@code arrivedNanos}; returns how many belong to this response (the rest
     * would be the next one's).
     *
     * @throws IOException when the bytes are not an HTTP/1.1 response
     */
    public int feed(byte[] bytes, int offset, int length, long arrivedNanos) throws IOException {
        int i = offset;
        int end = offset + length;
        if (length > 0) sawAnyByte = true;
        while (i < end && state != State.DONE) {
            switch (state) {
                case LENGTH, CHUNK_DATA, UNTIL_CLOSE -> {
                    int n = state == State.UNTIL_CLOSE ? end - i : (int) Math.min(left, end - i);
                    sink.body(bytes, i, n, arrivedNanos);
                    i += n;
                    if (state != State.UNTIL_CLOSE && (left -= n) == 0) {
                        state = state == State.LENGTH ? State.DONE : State.CHUNK_END;
                    }
                }
                default -> {
                    byte b = bytes[i++];
                    if (b == '\n') headLine(stripCr(), arrivedNanos);
                    else if (line.length() < MAX_HEAD_LINE) line.append((char) (b & 0xff));
                    else throw new IOException("response head line longer than " + MAX_HEAD_LINE + " bytes");
                }
            }
        }
        return i - offset;
    }

    /**
     * The connection ended. Completes a body that runs until the close.
     *
     * @throws IOException when the response was cut short (or never began: see {@link #sawAnyByte()})
     */
    public void endOfInput() throws IOException {
        if (state == State.UNTIL_CLOSE) {
            state = State.DONE;
            return;
        }
        if (state != State.DONE) throw new IOException(state == State.STATUS && !sawAnyByte
                ? "connection closed before any response" : "connection closed mid-response");
    }

    public boolean complete() { return state == State.DONE; }
    public boolean headersDone() { return state.ordinal() > State.HEADERS.ordinal(); }
    public int status() { return status; }
    /** When the blank line ending the headers was read. */
    public long headersAtNanos() { return headersAtNanos; }
    /** The server will close the connection after this response. */
    public boolean closeAfter() { return closeAfter; }
    /** Whether any byte of the response arrived (a kept-alive connection the server had closed sends none). */
    public boolean sawAnyByte() { return sawAnyByte; }

    private String stripCr() {
        int n = line.length();
        String text = n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
        line.setLength(0);
        return text;
    }

    private void headLine(String text, long at) throws IOException {
        switch (state) {
            case STATUS -> {
                String[] parts = text.split(" ", 3);
                if (parts.length < 2 || !parts[0].startsWith("HTTP/")) throw new IOException("not an HTTP response: " + cut(text));
                try {
                    status = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    throw new IOException("not an HTTP status: " + cut(text));
                }
                closeAfter = parts[0].equals("HTTP/1.0");
                state = State.HEADERS;
            }
            case HEADERS -> {
                if (!text.isEmpty()) {
                    header(text);
                } else if (status >= 100 && status < 200) {
                    state = State.STATUS; // an interim answer (100 Continue): the real one follows
                    chunked = false;
                    left = -1;
                } else {
                    if (chunked && left >= 0) {
                        throw new IOException("both Transfer-Encoding: chunked and Content-Length: the body's end is ambiguous"
                                + " (RFC 9112, 6.3)");
                    }
                    headersAtNanos = at;
                    boolean noBody = status == 204 || status == 304;
                    state = noBody || left == 0 && !chunked ? State.DONE
                            : chunked ? State.CHUNK_SIZE : left > 0 ? State.LENGTH : State.UNTIL_CLOSE;
                    if (state == State.UNTIL_CLOSE) closeAfter = true;
                }
            }
            case CHUNK_SIZE -> {
                int semi = text.indexOf(';');
                left = unsigned((semi < 0 ? text : text.substring(0, semi)).trim(), 16);
                if (left < 0) throw new IOException("bad chunk size: " + cut(text));
                state = left == 0 ? State.TRAILERS : State.CHUNK_DATA;
            }
            case CHUNK_END -> state = State.CHUNK_SIZE;
            case TRAILERS -> {
                if (text.isEmpty()) state = State.DONE;
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void header(String text) throws IOException {
        int colon = text.indexOf(':');
        if (colon <= 0) return;
        String name = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1).trim();
        switch (name) {
            case "content-length" -> {
                long length = unsigned(value, 10);
                if (length < 0 || left >= 0 && left != length) throw new IOException("bad content-length: " + cut(value)
                        + (length >= 0 ? " after " + left : ""));
                left = length;
            }
            case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            case "connection" -> closeAfter = value.equalsIgnoreCase("close");
            default -> { }
        }
    }

    /**
     * Digits only, no sign, no blank, at most 15 of them (no overflow): a negative size once sent the reader
     * back over bytes it had read, for ever. -1 when the text is not such a number.
     */
    private static long unsigned(String text, int radix) {
        if (text.isEmpty() || text.length() > 15) return -1;
        for (int i = 0; i < text.length(); i++) if (Character.digit(text.charAt(i), radix) < 0) return -1;
        return Long.parseLong(text, radix);
    }

    private static String cut(String s) {
        String t = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        return new String(t.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
