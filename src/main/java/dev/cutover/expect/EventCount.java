package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.wire.SseEvent;
import java.util.List;

/** {@code stream.events: P} — how many data events the stream carried, not counting [DONE]. */
record EventCount(Predicate predicate) implements Expectation {

    @Override
    public String describe() {
        return "stream events (without [DONE]) " + predicate.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<List<SseEvent>> events = Response.events(o);
        if (events.failed()) return events.problems();
        int count = (int) events.value().stream().filter(e -> !e.isDone()).count();
        return predicate.test("stream events", Actual.number(count));
    }
}
