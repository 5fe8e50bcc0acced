package dev.cutover.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of server-sent events in cutover: bytes in, as they arrive, each read stamped with its
 * {@link System#nanoTime()}; events out, each with the time it was complete (WHATWG rules: {@code data:}
 * lines join with newlines, a blank line dispatches, {@code :} starts a comment, one leading BOM is
 * skipped; LF, CR and CRLF all end lines). What a browser would silently drop is kept as a problem
 * instead — a line that is no SSE field, an event cut off by the end of the stream, a line too long —
 * because a gateway that breaks a frame breaks real clients. Nothing is thrown.
 */
public final class SseReader {
    private static final int MAX_PROBLEMS = 100;
    /** Events kept at most, and characters of their data by default: past them events are counted, not kept. */
    static final int MAX_EVENTS = 100_000;
    public static final long DEFAULT_MAX_DATA_CHARS = 8L << 20;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final long startNanos;
    private final SseLines lines;
    private final List<SseEvent> events = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private StringBuilder data;
    private String eventName;
    private int lineNo;
    private int bomChecked;
    private long stamp;
    private final long maxDataChars;
    private long dataChars;
    private long dropped;

    /** @param startNanos when the request was written: event times are milliseconds since then */
    public SseReader(long startNanos) {
        this(startNanos, SseLines.DEFAULT_MAX_LINE_BYTES);
    }

    public SseReader(long startNanos, int maxLineBytes) {
        this(startNanos, maxLineBytes, DEFAULT_MAX_DATA_CHARS);
    }

    /** @param maxDataChars characters of event data kept in all; later events are counted, not kept */
    public SseReader(long startNanos, int maxLineBytes, long maxDataChars) {
        this.startNanos = startNanos;
        this.lines = new SseLines(maxLineBytes);
        this.maxDataChars = maxDataChars;
    }

    /** Characters of event data kept. */
    public long dataChars() {
        return dataChars;
    }

    /** A whole stream's text at once (every event at time 0): for reports and tests. */
    public static SseReader of(String text) {
        SseReader r = new SseReader(0);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        r.feed(b, 0, b.length, 0);
        r.end();
        return r;
    }

    /** Bytes that were read at {@code arrivedNanos}. */
    public void feed(byte[] bytes, int offset, int length, long arrivedNanos) {
        stamp = arrivedNanos;
        while (bomChecked < BOM.length && length > 0) {
            if (bytes[offset] != BOM[bomChecked]) {
                // Not a BOM after all: give back what was swallowed of it.
                if (bomChecked > 0) lines.feed(BOM, 0, bomChecked, this::line);
                bomChecked = BOM.length;
                break;
            }
            bomChecked++;
            offset++;
            length--;
        }
        lines.feed(bytes, offset, length, this::line);
    }

    /** The stream has ended; an event without its closing blank line is kept as a problem, not dispatched. */
    public void end() {
        SseLines.Line rest = lines.finish();
        if (rest != null) line(rest);
        if (data != null) problem("stream ended inside an event: " + abbreviate(data.toString()));
        if (dropped > 0) problems.add("stream longer than cutover keeps: " + dropped + " more events after the first "
                + events.size() + " were read but not kept");
        data = null;
        eventName = null;
    }

    public List<SseEvent> events() {
        return events;
    }

    public List<String> problems() {
        return problems;
    }

    /** Time to the first token by {@link Tokens}'s rule, in ms since the request was written; null without one. */
    public Double firstTokenMs() {
        return Tokens.firstTokenMs(events);
    }

    private void line(SseLines.Line l) {
        if (l.lfAfterCr()) return;
        lineNo++;
        if (l.cutBytes() > 0) problem("line longer than the cap: " + l.cutBytes() + " bytes dropped");
        if (l.blank()) {
            if (data != null) dispatch();
            data = null;
            eventName = null;
            return;
        }
        String line = l.text();
        if (line.isEmpty()) return; // an unterminated empty rest
        if (line.startsWith(":")) return;
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) value = value.substring(1);
        switch (field) {
            case "data" -> {
                if (data == null) data = new StringBuilder(value);
                else if (data.length() < maxDataChars) data.append('\n').append(value);
            }
            case "event" -> eventName = value;
            case "id", "retry" -> { }
            default -> problem("not an SSE field: " + abbreviate(line));
        }
    }

    private void dispatch() {
        if (events.size() >= MAX_EVENTS || dataChars + data.length() > maxDataChars) {
            dropped++;
            return;
        }
        dataChars += data.length();
        events.add(new SseEvent(eventName, data.toString(), (stamp - startNanos) / 1_000_000.0));
    }

    private void problem(String what) {
        if (problems.size() < MAX_PROBLEMS) problems.add("line " + lineNo + ": " + what);
        else if (problems.size() == MAX_PROBLEMS) problems.add("… further problems not listed");
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
