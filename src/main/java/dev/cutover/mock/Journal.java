package dev.cutover.mock;

import dev.cutover.wire.ReceivedRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Every request the mock received, filed under its exchange key. One deque across all keys so that the
 * limit bounds memory for a long standalone run no matter how many keys come and go; the oldest entry
 * goes first. Lookups scan the deque, which is cheap at the sizes involved (≤ tens of thousands).
 */
final class Journal {
    /**
     * What arrived and the answer it got, kept as they are: the record a test reads ({@link ReceivedRequest}, with the
     * answer's bytes joined) is made only when read, so serving a request costs no copy of it.
     */
    private record Entry(String key, ReceivedRequest unanswered, Answer answer) {
        ReceivedRequest request() {
            return unanswered.answered(answer.asReply());
        }
    }

    private final int limit;
    private final Deque<Entry> entries = new ArrayDeque<>();

    Journal(int limit) {
        this.limit = limit;
    }

    synchronized void add(String key, Incoming in, String body, long atMs, Answer answer) {
        entries.addLast(new Entry(key, new ReceivedRequest(in.method(), in.path(), in.rawQuery(), in.headers(), body, atMs), answer));
        while (entries.size() > limit) entries.removeFirst();
    }

    synchronized List<ReceivedRequest> received(String key) {
        List<ReceivedRequest> out = new ArrayList<>();
        for (Entry e : entries) if (e.key.equals(key)) out.add(e.request());
        return out;
    }

    synchronized void forget(String key) {
        entries.removeIf(e -> e.key.equals(key));
    }
}
