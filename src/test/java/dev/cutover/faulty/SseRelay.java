package dev.cutover.faulty;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Forwards a {@code text/event-stream} body event by event, flushing after each so that the client
 * sees the provider's timing. Upstream read failures propagate (and so break the client connection)
 * unless the defect is {@link Defect#SWALLOW_UPSTREAM_RESET}.
 */
final class SseRelay {
    // Bounds so that a misbehaving upstream cannot make the proxy loop or grow without end.
    private static final int MAX_LINE_BYTES = 4 << 20;
    private static final int MAX_EVENT_LINES = 10_000;
    private static final int MAX_EVENTS = 1_000_000;

    private final BufferedInputStream in;
    private final Defect defect;
    private final SseFaults faults;

    SseRelay(InputStream upstream, Defect defect) {
        this.in = new BufferedInputStream(upstream);
        this.defect = defect;
        this.faults = new SseFaults(defect);
    }

    /** Relays until the upstream ends; throws if the upstream breaks (the caller must not end cleanly). */
    void relay(OutputStream client) throws IOException {
        boolean buffer = defect == Defect.BUFFER_STREAM;
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        OutputStream sink = buffer ? held : client;
        for (int n = 0; n < MAX_EVENTS; n++) {
            List<String> event = readEvent();
            if (event == null) break;
            write(sink, faults.apply(event));
            if (!buffer) client.flush();
        }
        if (buffer) held.writeTo(client);
        client.flush();
    }

    // An event is its lines up to and including the blank line; at the end of input, whatever is left.
    private List<String> readEvent() throws IOException {
        List<String> lines = new ArrayList<>();
        while (lines.size() < MAX_EVENT_LINES) {
            String line = readUpstreamLine();
            if (line == null) return lines.isEmpty() ? null : lines;
            lines.add(line);
            if (SseFaults.stripEol(line).isEmpty()) return lines;
        }
        throw new IOException("upstream event has more than " + MAX_EVENT_LINES + " lines");
    }

    private String readUpstreamLine() throws IOException {
        try {
            return readLine();
        } catch (IOException broken) {
            if (defect == Defect.SWALLOW_UPSTREAM_RESET) return null;
            throw broken;
        }
    }

    /** One line with its terminator (LF, CRLF or a lone CR, as SSE allows); null at the end of input. */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        while (line.size() < MAX_LINE_BYTES) {
            int b = in.read();
            if (b < 0) return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            line.write(b);
            if (b == '\n') return line.toString(StandardCharsets.UTF_8);
            if (b == '\r') {
                // Peeking can wait for the next packet only when a provider ends lines with a bare CR.
                in.mark(1);
                int next = in.read();
                if (next == '\n') line.write(next);
                else if (next >= 0) in.reset();
                return line.toString(StandardCharsets.UTF_8);
            }
        }
        throw new IOException("upstream SSE line longer than " + MAX_LINE_BYTES + " bytes");
    }

    private static void write(OutputStream out, List<String> lines) throws IOException {
        for (String line : lines) out.write(line.getBytes(StandardCharsets.UTF_8));
    }
}
