package dev.cutover.expect;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;
import java.util.List;

/** {@code upstream.path: P} — the path (without query) of the last request the provider received. */
record UpstreamPath(Predicate predicate) implements Expectation {

    @Override
    public boolean readsUpstream() {
        return true;
    }

    @Override
    public String describe() {
        return "upstream path " + predicate.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<ReceivedRequest> last = Upstream.last(o);
        if (last.failed()) return last.problems();
        return predicate.test("upstream path", Actual.json(TextNode.valueOf(last.value().path())));
    }
}
