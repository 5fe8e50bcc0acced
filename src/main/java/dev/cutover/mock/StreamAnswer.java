package dev.cutover.mock;

import dev.cutover.wire.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Planned SSE events as a chunked answer, each event its own flushed chunk at its due time, stream faults applied. */
final class StreamAnswer {
    /**
     * Events sent before a mid-stream reset: the role chunk and the first content chunk (both due at
     * {@code ttft_ms} when the first event waits for the first token), then the drop when the next is due.
     */
    private static final int EVENTS_BEFORE_RESET = 2;
    /** A line that is no SSE field: what a provider emits when it writes a JSON fragment without "data:". */
    static final String MALFORMED_LINE = "{\"partial\": \n\n";

    private StreamAnswer() {}

    /**
     * @param headersDue when the headers are due ({@link System#nanoTime()}); event times count from it rather
     *                   than from when the headers went out, so that planning and writing them cost no TTFT
     */
    static Answer of(long headersDue, List<StreamEvent> planned, Fault fault, Map<String, String> extraHeaders) {
        return of(headersDue, planned, fault, extraHeaders, null);
    }

    /** @param contentType what the stream is declared as when it is no event stream (Gemini's growing JSON array), or null */
    static Answer of(long headersDue, List<StreamEvent> planned, Fault fault, Map<String, String> extraHeaders, String contentType) {
        List<StreamEvent> events = withFault(planned, fault);
        List<Answer.Header> headers = new ArrayList<>();
        headers.add(new Answer.Header("content-type", fault == Fault.WRONG_CONTENT_TYPE ? "text/plain; charset=utf-8"
                : contentType != null ? contentType : "text/event-stream; charset=utf-8"));
        headers.add(new Answer.Header("cache-control", "no-cache"));
        // The reset comes when the next event was due, not at once: a close right after a write can
        // reach the client as a RST that discards the bytes it has not read yet.
        int sent = fault == Fault.RESET_MID_STREAM ? Math.min(EVENTS_BEFORE_RESET, events.size() - 1) : events.size();
        List<Answer.Part> parts = new ArrayList<>();
        for (StreamEvent e : events.subList(0, sent)) parts.add(new Answer.Part(due(headersDue, e), Reply.utf8(e.text())));
        long last = parts.isEmpty() ? headersDue : parts.get(parts.size() - 1).due();
        Answer answer = new Answer(headersDue, 200, Answer.headers(headers, extraHeaders), true, 0, parts, Answer.Ending.COMPLETE, last);
        return sent < events.size() ? answer.droppedAt(due(headersDue, events.get(sent))) : answer;
    }

    private static long due(long headersDue, StreamEvent e) {
        return Clock.afterMs(headersDue, e.atMs());
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
