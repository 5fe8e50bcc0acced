package dev.cutover.overhead;

import dev.cutover.http.StreamClient;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Watches body bytes as they are read and stamps each SSE {@code data:} event that carries a token —
 * non-empty content or a tool-call delta in any choice, the same rule the conformance checks use for
 * TTFT — with its arrival time. The role chunk and the usage chunk carry none.
 */
public final class SseTokens {
    private static final byte[] DATA = "data:".getBytes();
    /** Stamp a line when its end is read, for a blocking reader that reads byte by byte. */
    private static final long NOW = Long.MIN_VALUE;

    private final long start;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private long[] arrivals = new long[16];
    private int count;

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
        if (bytes.length > DATA.length && Arrays.equals(bytes, 0, DATA.length, DATA, 0, DATA.length)
                && carriesToken(new String(bytes, DATA.length, bytes.length - DATA.length).trim())) {
            if (count == arrivals.length) arrivals = Arrays.copyOf(arrivals, count * 2);
            arrivals[count++] = (arrivedNanos == NOW ? System.nanoTime() : arrivedNanos) - start;
        }
    }

    /** Arrival of each token event, nanoseconds since the request was written. */
    public long[] arrivals() {
        return Arrays.copyOf(arrivals, count);
    }

    /** The same rule as the conformance run's time to first token. */
    static boolean carriesToken(String data) {
        return StreamClient.carriesToken(data);
    }
}
