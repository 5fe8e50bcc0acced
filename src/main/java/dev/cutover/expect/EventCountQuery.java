package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.wire.SseEvent;
import java.util.List;

/** {@code stream.events: P} — how many data events the stream carried, not counting [DONE]. */
record EventCountQuery() implements Query {

    @Override
    public String describe() {
        return "stream events (without [DONE])";
    }

    @Override
    public String subject(ExpectContext context) {
        return "stream events";
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        Lookup<List<SseEvent>> events = Response.events(o);
        if (events.failed()) return Lookup.failed(events.problem());
        return Lookup.of(Actual.number((int) events.value().stream().filter(e -> !e.isDone()).count()));
    }
}
