package dev.cutover.http;

import dev.cutover.wire.SseEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns SSE lines into events as they arrive (WHATWG rules: {@code data:} lines join with newlines, a
 * blank line ends an event, {@code :} starts a comment). Lines that are no SSE field are kept as
 * problems rather than silently dropped, because a gateway that breaks a frame breaks real clients.
 */
final class SseParser {
    private final List<SseEvent> events = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private StringBuilder data;
    private String eventName;
    private int lineNo;

    void line(String line, double atMs) {
        lineNo++;
        if (line.isEmpty()) {
            if (data != null) events.add(new SseEvent(eventName, data.toString(), atMs));
            data = null;
            eventName = null;
            return;
        }
        if (line.startsWith(":")) return;
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) value = value.substring(1);
        switch (field) {
            case "data" -> {
                if (data == null) data = new StringBuilder(value);
                else data.append('\n').append(value);
            }
            case "event" -> eventName = value;
            case "id", "retry" -> { }
            default -> problems.add("line " + lineNo + ": not an SSE field: " + abbreviate(line));
        }
    }

    /** Call when the stream has ended; an event without its closing blank line is incomplete. */
    void end() {
        if (data != null) problems.add("line " + lineNo + ": stream ended inside an event: " + abbreviate(data.toString()));
        data = null;
    }

    List<SseEvent> events() { return events; }
    List<String> problems() { return problems; }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
