package dev.cutover.expect;

import dev.cutover.wire.Observation;

/** {@code status: P} — the HTTP status. */
record StatusQuery() implements Query {

    @Override
    public String describe() {
        return "status";
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        return Response.missing(o).<Lookup<Actual>>map(Lookup::failed).orElseGet(() -> Lookup.of(Actual.number(o.status())));
    }
}
