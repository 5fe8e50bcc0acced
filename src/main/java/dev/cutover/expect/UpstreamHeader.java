package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;
import java.util.List;

/** {@code upstream.headers: {name: P}} — one header of the last request the provider received. */
record UpstreamHeader(String name, Predicate predicate) implements Expectation {

    @Override
    public boolean readsUpstream() {
        return true;
    }

    @Override
    public String describe() {
        return "upstream header " + name + " " + predicate.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<ReceivedRequest> last = Upstream.last(o);
        if (last.failed()) return last.problems();
        String value = HeaderExpectation.joined(last.value().headers().all(name));
        return predicate.test("upstream header " + name, Actual.text(value));
    }
}
