package dev.cutover.mock;

import dev.cutover.wire.ProviderScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Repeated requests answered from a template. A load test sends one body thousands of times a second; reading its JSON
 * and writing the same answer each time was most of the mock's work per request (docs/benchmark.md). When the answer is
 * a function of the request and its script alone, the first answer is kept as a template for the rest of that second,
 * and each later request gets a copy: its times counted from its own arrival, every identifier made for the template
 * ({@code chatcmpl-…}, {@code call_…}, {@code req_…}) replaced by a fresh one of the same shape, so no two answers share
 * an id (cache detection compares them). A new second rebuilds the template, so {@code created} stays the second the
 * answer was made, as a provider stamps it.
 *
 * <p>The caller decides what is a function of the request: not a script counting attempts ({@code fail_times}), not a
 * made-up model-like answer (random words). Identity of the script counts, so re-scripting a key takes effect at once.
 */
final class AnswerMemo {
    /** Templates kept; a load of distinct bodies clears them rather than grow the heap. */
    static final int MAX_TEMPLATES = 256;
    /** Bodies larger than this are answered afresh: keeping them as keys would hold megabytes of embeddings batches. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final ConcurrentHashMap<Key, Template> templates = new ConcurrentHashMap<>();

    /**
     * The answer to a POST of {@code body} to {@code path}, from this second's template when there is one, else from
     * {@code build} (which must count its times from {@code arrived}).
     */
    Answer answer(long arrived, String path, String query, byte[] body, ProviderScript script, Supplier<Answer> build) {
        if (body.length > MAX_BODY_BYTES) return build.get();
        Key key = new Key(path, query, body, script);
        Template kept = templates.get(key);
        if (kept != null && kept.second() == second()) return kept.copy(arrived);
        Answer[] built = new Answer[1];
        List<Ids.Made> ids = Ids.noting(() -> built[0] = build.get());
        Template template = Template.of(built[0], arrived, ids, second());
        if (template != null) {
            if (templates.size() >= MAX_TEMPLATES) templates.clear();
            templates.put(key, template);
        }
        return built[0];
    }

    /** The epoch second, read after a build: a template never outlives the second its {@code created} names. */
    private static long second() {
        return System.currentTimeMillis() / 1000;
    }

    private record Key(String path, String query, byte[] body, ProviderScript script, int hash) {
        Key(String path, String query, byte[] body, ProviderScript script) {
            this(path, query, body, script, (path.hashCode() * 31 + Arrays.hashCode(body)) * 31 + System.identityHashCode(script));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && script == k.script && path.equals(k.path)
                    && Objects.equals(query, k.query) && Arrays.equals(body, k.body);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Where an identifier sits: in which part, from which byte. */
    private record Slot(int part, int offset, int id) {}

    /** An answer as built, and the places in its parts that get fresh identifiers in each copy. */
    private record Template(Answer answer, long arrived, List<Ids.Made> ids, List<Slot> slots, long second) {
        /** Null when an identifier also went somewhere a copy cannot renew it (a header). */
        static Template of(Answer answer, long arrived, List<Ids.Made> ids, long second) {
            List<Slot> slots = new ArrayList<>();
            for (int id = 0; id < ids.size(); id++) {
                String made = ids.get(id).id();
                for (Answer.Header h : answer.headers()) if (h.value().contains(made)) return null;
                byte[] needle = made.getBytes(StandardCharsets.US_ASCII);
                for (int part = 0; part < answer.parts().size(); part++) {
                    byte[] bytes = answer.parts().get(part).bytes();
                    for (int at = indexOf(bytes, needle, 0); at >= 0; at = indexOf(bytes, needle, at + needle.length)) {
                        slots.add(new Slot(part, at, id));
                    }
                }
            }
            return new Template(answer, arrived, List.copyOf(ids), List.copyOf(slots), second);
        }

        Answer copy(long arrivedNow) {
            long shift = arrivedNow - arrived;
            byte[][] fresh = new byte[ids.size()][];
            for (int i = 0; i < fresh.length; i++) {
                Ids.Made m = ids.get(i);
                fresh[i] = Ids.next(m.prefix(), m.length()).getBytes(StandardCharsets.US_ASCII);
            }
            List<Answer.Part> was = answer.parts();
            byte[][] bytes = new byte[was.size()][];
            for (Slot s : slots) {
                if (bytes[s.part()] == null) bytes[s.part()] = was.get(s.part()).bytes().clone();
                System.arraycopy(fresh[s.id()], 0, bytes[s.part()], s.offset(), fresh[s.id()].length);
            }
            Answer.Part[] parts = new Answer.Part[was.size()];
            for (int i = 0; i < parts.length; i++) {
                Answer.Part p = was.get(i);
                // Parts without an identifier (most stream events carry one; a whole body always does) are shared.
                parts[i] = new Answer.Part(p.due() + shift, bytes[i] == null ? p.bytes() : bytes[i]);
            }
            return new Answer(answer.headersDue() + shift, answer.status(), answer.headers(), answer.chunked(),
                    answer.length(), List.of(parts), answer.ending(), answer.endDue() + shift);
        }
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
