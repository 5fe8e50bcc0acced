package dev.cutover.expect;

import dev.cutover.wire.Observation;
import java.util.List;

/** {@code upstream.count: P} — how many requests reached the provider (retries show here). */
record UpstreamCount(Predicate predicate) implements Expectation {

    @Override
    public boolean readsUpstream() {
        return true;
    }

    @Override
    public String describe() {
        return "upstream request count " + predicate.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        int count = o.upstream() == null ? 0 : o.upstream().size();
        return predicate.test("upstream request count", Actual.number(count));
    }
}
