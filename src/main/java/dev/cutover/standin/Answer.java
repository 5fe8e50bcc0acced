package dev.cutover.standin;

import dev.cutover.wire.Headers;
import dev.cutover.wire.HopByHop;
import dev.cutover.wire.SseRelay;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.BiConsumer;

/** The provider's answer: status and headers read, body still to be read (whole) or relayed (a stream). */
record Answer(int status, Headers headers, InputStream body) implements AutoCloseable {
    // The JDK server writes its own Date and framing headers; copies would be duplicates.
    private static final String DATE = "date";

    boolean eventStream() {
        return headers.first("content-type").map(t -> t.toLowerCase(Locale.ROOT).startsWith("text/event-stream"))
                .orElse(false);
    }

    /** @throws SseRelay.UpstreamBroken when the provider's connection breaks before the body ends */
    byte[] readAll() throws SseRelay.UpstreamBroken {
        try {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new SseRelay.UpstreamBroken(e);
        }
    }

    /** Every end-to-end header of the answer (name in lower case), for a stand-in to pass on as it documents. */
    void forEachHeader(BiConsumer<String, String> sink) {
        headers.values().forEach((name, values) -> {
            if (name.startsWith(":") || HopByHop.is(name) || name.equals(DATE)) return;
            values.forEach(v -> sink.accept(name, v));
        });
    }

    /**
     * Passes the answer on unchanged, as a proxy that adds nothing does: its headers, then its stream relayed
     * event by event (a break propagates and drops the client connection) or its body whole.
     */
    void passOn(Call call) throws IOException {
        forEachHeader((k, v) -> call.responseHeaders().add(k, v));
        if (eventStream()) SseRelay.relay(body, call.startStream(status));
        else call.bytes(status, null, readAll(), java.util.Map.of());
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // the body is abandoned either way
        }
    }
}
