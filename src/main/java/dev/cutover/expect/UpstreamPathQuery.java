package dev.cutover.expect;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;

/** {@code upstream.path: P} — the path (without query) of the last request the provider received. */
record UpstreamPathQuery() implements Query {

    @Override
    public String describe() {
        return "upstream path";
    }

    @Override
    public boolean readsUpstream() {
        return true;
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        Lookup<ReceivedRequest> last = Upstream.last(o);
        if (last.failed()) return Lookup.failed(last.problem());
        return Lookup.of(Actual.json(TextNode.valueOf(last.value().path())));
    }
}
