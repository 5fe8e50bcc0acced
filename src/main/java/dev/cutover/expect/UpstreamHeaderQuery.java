package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;

/** {@code upstream.headers: {name: P}} — one header of the last request the provider received. */
record UpstreamHeaderQuery(String name) implements Query {

    @Override
    public String describe() {
        return "upstream header " + name;
    }

    @Override
    public boolean readsUpstream() {
        return true;
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        Lookup<ReceivedRequest> last = Upstream.last(o);
        if (last.failed()) return Lookup.failed(last.problem());
        return Lookup.of(Actual.text(HeaderQuery.joined(last.value().headers().all(name))));
    }
}
