package dev.cutover.standin;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Forwards a {@code text/event-stream} body event by event, flushing at each blank line so the client
 * sees the provider's timing. Bounded, so a misbehaving provider cannot make a stand-in loop or grow.
 */
final class SseRelay {
    private static final int MAX_LINE_BYTES = 4 << 20;
    private static final long MAX_LINES = 5_000_000;

    private SseRelay() {}

    /**
     * Relays until the provider ends its body.
     *
     * @throws UpstreamBroke when the provider's connection breaks (the caller decides what the client sees)
     * @throws IOException   when the client goes away
     */
    static void relay(InputStream upstream, OutputStream client) throws IOException {
        BufferedInputStream in = new BufferedInputStream(upstream);
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        for (long n = 0; n < MAX_LINES; n++) {
            line.reset();
            boolean ended = readLine(in, line);
            if (line.size() > 0) client.write(line.toByteArray());
            // A blank line ends an event: flush it now rather than when a buffer fills.
            if (ended || line.size() <= 2 && isLineEnd(line)) client.flush();
            if (ended) return;
        }
        throw new IOException("provider stream longer than " + MAX_LINES + " lines");
    }

    /** Reads one line with its terminator into {@code line}; true when the provider's body has ended. */
    private static boolean readLine(BufferedInputStream in, ByteArrayOutputStream line) throws IOException {
        while (line.size() < MAX_LINE_BYTES) {
            int b;
            try {
                b = in.read();
            } catch (IOException e) {
                throw new UpstreamBroke(e);
            }
            if (b < 0) return true;
            line.write(b);
            if (b == '\n') return false;
        }
        throw new IOException("provider SSE line longer than " + MAX_LINE_BYTES + " bytes");
    }

    private static boolean isLineEnd(ByteArrayOutputStream line) {
        byte[] b = line.toByteArray();
        return b.length == 1 && b[0] == '\n' || b.length == 2 && b[0] == '\r' && b[1] == '\n';
    }
}
