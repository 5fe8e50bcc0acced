package dev.cutover.mock;

import dev.cutover.wire.Headers;
import dev.cutover.wire.ProviderReply;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response as a timed plan: what goes out and when ({@link System#nanoTime()} deadlines), worked out
 * as soon as a request arrives and then played by the transport ({@link AnswerPlayer}). Keeping the plan
 * a value means no thread sleeps per stream or per scripted delay, and the faults are data a test can
 * read.
 *
 * @param headersDue when the status line and headers go out (or, with {@code status} 0, the connection drops)
 * @param status     0 drops the connection before any byte is sent
 * @param headers    in order; names may repeat
 * @param chunked    chunked transfer encoding (a stream); otherwise the body length is announced up front
 * @param length     the announced body length when not chunked; it may exceed the parts' bytes (a cut body)
 * @param parts      body bytes, each written and flushed at its due time, in order
 * @param ending     how the answer ends, at {@code endDue}
 */
record Answer(long headersDue, int status, List<Header> headers, boolean chunked, long length, List<Part> parts,
              Ending ending, long endDue) {

    record Header(String name, String value) {}

    /** Body bytes due at a moment. */
    record Part(long due, byte[] bytes) {}

    enum Ending {
        /** The body is finished (the last chunk for a stream) and the connection can carry the next request. */
        COMPLETE,
        /** The connection is dropped without finishing the body: the client sees a reset. */
        DROP
    }

    Answer {
        headers = List.copyOf(headers);
        parts = List.copyOf(parts);
    }

    /** A whole response with a known length, all sent at {@code due}. */
    static Answer whole(long due, int status, String contentType, byte[] body, Map<String, String> extraHeaders) {
        List<Header> headers = new ArrayList<>();
        if (contentType != null) headers.add(new Header("content-type", contentType));
        return whole(due, status, headers(headers, extraHeaders), body);
    }

    static Answer whole(long due, int status, List<Header> headers, byte[] body) {
        List<Part> parts = body.length == 0 ? List.of() : List.of(new Part(due, body));
        return new Answer(due, status, headers, false, body.length, parts, Ending.COMPLETE, due);
    }

    /** The given headers followed by the extra ones (a script's), which come last. */
    static List<Header> headers(List<Header> first, Map<String, String> extra) {
        List<Header> all = new ArrayList<>(first);
        extra.forEach((k, v) -> all.add(new Header(k, v)));
        return all;
    }

    /** The connection dropped at {@code due} before any byte of a response. */
    static Answer drop(long due) {
        return new Answer(due, 0, List.of(), false, 0, List.of(), Ending.DROP, due);
    }

    /** What this answer puts on the wire, as a record of the exchange's provider side. */
    ProviderReply asReply() {
        Map<String, List<String>> h = new LinkedHashMap<>();
        headers.forEach(x -> h.computeIfAbsent(x.name(), k -> new ArrayList<>()).add(x.value()));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        parts.forEach(p -> body.writeBytes(p.bytes()));
        return new ProviderReply(status, Headers.of(h), body.toString(StandardCharsets.UTF_8), ending == Ending.DROP);
    }

    /** The same answer ending with a dropped connection at {@code when} instead. */
    Answer droppedAt(long when) {
        return new Answer(headersDue, status, headers, chunked, length, parts, Ending.DROP, when);
    }
}
