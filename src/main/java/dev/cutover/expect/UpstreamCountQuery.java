package dev.cutover.expect;

import dev.cutover.wire.Observation;

/** {@code upstream.count: P} — how many requests reached the provider (retries show here). */
record UpstreamCountQuery() implements Query {

    @Override
    public String describe() {
        return "upstream request count";
    }

    @Override
    public boolean readsUpstream() {
        return true;
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        return Lookup.of(Actual.number(o.upstream() == null ? 0 : o.upstream().size()));
    }
}
