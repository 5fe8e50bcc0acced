package dev.cutover.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one relay of server-sent events: reads a provider's {@code text/event-stream} body and writes it on
 * event by event, flushing at the end of each, so the client sees the provider's timing. Every byte goes on
 * as it came (LF, CR or CRLF alike) unless an {@link Editor} changes an event — which is how the test
 * gateways apply their defects. Bounded: a line past {@link SseLines#DEFAULT_MAX_LINE_BYTES}, an event of
 * more than {@value #MAX_EVENT_LINES} lines or a stream of more than {@value #MAX_EVENTS} events ends the
 * relay with an {@link IOException}, so a misbehaving provider cannot make a relay grow or loop.
 */
public final class SseRelay {
    static final int MAX_EVENT_LINES = 10_000;
    static final long MAX_EVENTS = 5_000_000;

    /** What to send for one event of the provider's stream. */
    @FunctionalInterface
    public interface Editor {
        /** The bytes to send in place of {@code event}: its own bytes to pass it on, nothing to drop it. */
        byte[] edit(Event event);
    }

    /** Passes every event on unchanged. */
    public static final Editor AS_IS = Event::raw;

    /**
     * One event as the provider sent it: its lines up to and including the blank line that ends it (at the
     * end of the stream, whatever lines were left).
     *
     * @param index 0 for the first event of the stream
     */
    public record Event(int index, List<SseLines.Line> lines) {
        /** The event's bytes exactly as received. */
        public byte[] raw() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (SseLines.Line l : lines) out.writeBytes(l.raw());
            return out.toByteArray();
        }

        /** Its {@code data:} lines joined with newlines, as a client reads them ({@link SseReader}); null when it has none. */
        public String data() {
            // A closing blank line, in case the stream ended inside this event: an extra one dispatches nothing.
            SseReader reader = SseReader.of(new String(raw(), StandardCharsets.UTF_8) + "\n\n");
            return reader.events().isEmpty() ? null : reader.events().get(0).data();
        }
    }

    /** The provider's connection broke (or timed out) while its stream was being read: not the client's fault. */
    public static final class UpstreamBroken extends IOException {
        public UpstreamBroken(IOException cause) {
            super(cause.toString(), cause);
        }
    }

    private final OutputStream client;
    private final Editor editor;
    private final SseLines splitter = new SseLines();
    private final List<SseLines.Line> pending = new ArrayList<>();
    private int events;
    private boolean lastSent = true;
    private IOException failure;

    private SseRelay(OutputStream client, Editor editor) {
        this.client = client;
        this.editor = editor;
    }

    /**
     * Relays until the provider ends its body.
     *
     * @throws UpstreamBroken when reading the provider's body fails
     * @throws IOException    when writing to the client fails, or a bound is passed
     */
    public static void relay(InputStream upstream, OutputStream client, Editor editor) throws IOException {
        SseRelay relay = new SseRelay(client, editor);
        byte[] buffer = new byte[16 * 1024];
        while (true) {
            int n;
            try {
                n = upstream.read(buffer);
            } catch (IOException e) {
                throw new UpstreamBroken(e);
            }
            if (n < 0) break;
            relay.splitter.feed(buffer, 0, n, relay::line);
            if (relay.failure != null) throw relay.failure;
        }
        SseLines.Line rest = relay.splitter.finish();
        if (rest != null) relay.line(rest);
        if (relay.failure != null) throw relay.failure;
        if (!relay.pending.isEmpty()) relay.send();
        client.flush();
    }

    public static void relay(InputStream upstream, OutputStream client) throws IOException {
        relay(upstream, client, AS_IS);
    }

    private void line(SseLines.Line l) {
        if (failure != null) return;
        try {
            if (l.cutBytes() > 0) throw new IOException("provider SSE line longer than " + l.raw().length + " bytes");
            if (l.lfAfterCr() && pending.isEmpty()) {
                // The LF of a CRLF whose CR ended the event just sent: it belongs to that event.
                if (lastSent) {
                    client.write(l.raw());
                    client.flush();
                }
                return;
            }
            pending.add(l);
            if (pending.size() > MAX_EVENT_LINES) throw new IOException("provider event has more than " + MAX_EVENT_LINES + " lines");
            if (l.blank()) send();
        } catch (IOException e) {
            failure = e;
        }
    }

    private void send() throws IOException {
        if (++events > MAX_EVENTS) throw new IOException("provider stream has more than " + MAX_EVENTS + " events");
        byte[] out = editor.edit(new Event(events - 1, List.copyOf(pending)));
        pending.clear();
        lastSent = out.length > 0;
        if (out.length > 0) {
            client.write(out);
            client.flush();
        }
    }
}
