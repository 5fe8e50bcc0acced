package dev.cutover.wire;

/**
 * One server-sent event as it arrived: its {@code event:} name (null when absent), its joined
 * {@code data:} lines, and when it was complete, in milliseconds since the request was sent.
 */
public record SseEvent(String event, String data, double atMs) {

    public boolean isDone() {
        return "[DONE]".equals(data.trim());
    }
}
