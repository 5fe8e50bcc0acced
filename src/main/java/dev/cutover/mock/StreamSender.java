package dev.cutover.mock;

import com.sun.net.httpserver.HttpExchange;
import dev.cutover.scenario.Fault;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sends planned SSE events, each as its own flushed write at its due time, with the stream faults applied. */
final class StreamSender {
    /** Events sent before a mid-stream reset: the role chunk and the first content chunk. */
    private static final int EVENTS_BEFORE_RESET = 2;
    /** A line that is no SSE field: what a provider emits when it writes a JSON fragment without "data:". */
    static final String MALFORMED_LINE = "{\"partial\": \n\n";

    private StreamSender() {}

    /**
     * @param headersDue when the headers were due ({@link System#nanoTime()}); event times count from it rather
     *                   than from when the headers went out, so that planning and writing them cost no TTFT
     */
    static void send(HttpExchange ex, long headersDue, List<StreamEvent> planned, Fault fault, Map<String, String> headers)
            throws IOException {
        List<StreamEvent> events = withFault(planned, fault);
        ex.getResponseHeaders().set("content-type",
                fault == Fault.WRONG_CONTENT_TYPE ? "text/plain; charset=utf-8" : "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("cache-control", "no-cache");
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        for (int i = 0; i < events.size(); i++) {
            StreamEvent e = events.get(i);
            Clock.waitUntil(Clock.afterMs(headersDue, e.atMs()));
            // The reset comes when the next event was due, not at once: a close right after a write can
            // reach the client as a RST that discards the bytes it has not read yet.
            if (fault == Fault.RESET_MID_STREAM && i == Math.min(EVENTS_BEFORE_RESET, events.size() - 1)) {
                throw new Abort("reset_mid_stream");
            }
            out.write(Reply.utf8(e.text()));
            out.flush();
        }
        out.close();
    }

    private static List<StreamEvent> withFault(List<StreamEvent> planned, Fault fault) {
        List<StreamEvent> events = new ArrayList<>(planned);
        if (fault == Fault.NO_DONE) {
            events.remove(events.size() - 1);
        } else if (fault == Fault.MALFORMED_SSE) {
            int at = Math.min(2, events.size() - 1);
            events.add(at, new StreamEvent(events.get(at - 1).atMs(), MALFORMED_LINE));
        }
        return events;
    }
}
