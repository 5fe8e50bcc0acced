package dev.cutover.overhead;

import dev.cutover.http.StreamClient;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Watches body bytes as they are read and stamps each SSE {@code data:} event that carries a token —
 * non-empty content or a tool-call delta in any choice, the same rule the conformance checks use for
 * TTFT — with its arrival time. The role chunk and the usage chunk carry none. While reading it only keeps
 * each data line and its stamp; which of them carry a token is decided when asked, so that parsing JSON
 * never delays the reading of the next event.
 */
public final class SseTokens {
    private static final byte[] DATA = "data:".getBytes();
    /** Stamp a line when its end is read, for a blocking reader that reads byte by byte. */
    private static final long NOW = Long.MIN_VALUE;

    private final long start;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final List<byte[]> data = new ArrayList<>();
    private long[] stamps = new long[16];

    /** @param startNanos when the request was written ({@link System#nanoTime()}): arrivals count from it */
    public SseTokens(long startNanos) {
        this.start = startNanos;
    }

    void accept(int b) {
        acceptAt(b, NOW);
    }

    /** One body byte that arrived (was read off the socket) at {@code arrivedNanos}. */
    public void acceptAt(int b, long arrivedNanos) {
        if (b != '\n') {
            line.write(b);
            return;
        }
        byte[] bytes = line.toByteArray();
        line.reset();
        if (bytes.length > DATA.length && Arrays.equals(bytes, 0, DATA.length, DATA, 0, DATA.length)) {
            if (data.size() == stamps.length) stamps = Arrays.copyOf(stamps, stamps.length * 2);
            stamps[data.size()] = (arrivedNanos == NOW ? System.nanoTime() : arrivedNanos) - start;
            data.add(bytes);
        }
    }

    /** Arrival of each token event, nanoseconds since the request was written. */
    public long[] arrivals() {
        long[] tokens = new long[data.size()];
        int n = 0;
        for (int i = 0; i < data.size(); i++) {
            byte[] line = data.get(i);
            String payload = new String(line, DATA.length, line.length - DATA.length, StandardCharsets.UTF_8).trim();
            if (carriesToken(payload)) tokens[n++] = stamps[i];
        }
        return Arrays.copyOf(tokens, n);
    }

    /** The same rule as the conformance run's time to first token. */
    static boolean carriesToken(String data) {
        return StreamClient.carriesToken(data);
    }
}
