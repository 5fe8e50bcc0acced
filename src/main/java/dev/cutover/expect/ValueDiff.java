package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what one side sent with what arrived on the other, by value: every field the sender wrote must
 * arrive with the same value (numbers by value, so {@code 1} equals {@code 1.0}); fields the receiving side
 * has in addition are not differences (gateways add some); {@code null} counts as absent (re-serialisers drop
 * nulls, and SDKs read both alike). Arrays compare element by element.
 */
final class ValueDiff {
    /** Past this many, one systematic change would bury the report. */
    static final int MAX = 12;

    private ValueDiff() {}

    /**
     * @param skip paths (as written here, e.g. {@code $.id}) not compared
     * @param out  one line per difference: {@code $.temperature: sent 3.5, arrived 2}
     */
    static void compare(String path, JsonNode sent, JsonNode arrived, Set<String> skip, String sentWord, String arrivedWord,
                        List<String> out) {
        if (out.size() >= MAX || skip.contains(path)) return;
        boolean sentAbsent = sent == null || sent.isNull() || sent.isMissingNode();
        boolean arrivedAbsent = arrived == null || arrived.isNull() || arrived.isMissingNode();
        if (sentAbsent) return;
        if (arrivedAbsent) {
            out.add(path + ": " + sentWord + " " + Values.show(sent) + ", " + arrivedWord + " nothing");
            return;
        }
        if (sent.isObject() && arrived.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = sent.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                compare(path + "." + f.getKey(), f.getValue(), arrived.get(f.getKey()), skip, sentWord, arrivedWord, out);
            }
        } else if (sent.isArray() && arrived.isArray()) {
            if (sent.size() != arrived.size()) {
                out.add(path + ": " + sentWord + " " + sent.size() + " items, " + arrivedWord + " " + arrived.size());
                return;
            }
            for (int i = 0; i < sent.size(); i++) compare(path + "[" + i + "]", sent.get(i), arrived.get(i), skip, sentWord, arrivedWord, out);
        } else if (!Values.same(sent, arrived)) {
            out.add(path + ": " + sentWord + " " + Values.show(sent) + ", " + arrivedWord + " " + Values.show(arrived));
        }
    }
}
