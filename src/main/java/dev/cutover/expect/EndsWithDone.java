package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.wire.SseEvent;
import dev.cutover.yaml.Source;
import java.util.List;
import java.util.Optional;

/**
 * {@code stream.ends_with_done: bool} — whether the last SSE event is {@code data: [DONE]}; {@code true} also means
 * it is the only one: a second {@code [DONE]} is a second end of stream, which clients reading on (raw SSE readers, a
 * relay that counts ends) take for the end of a next answer or choke on.
 */
record EndsWithDone(boolean expected, Source source) implements Expectation {

    @Override
    public String describe() {
        return expected ? "stream ends with [DONE]" : "stream does not end with [DONE]";
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        if (!expected) {
            // "No [DONE]" holds only of a stream that ended: a gateway that hung or never answered sent none either.
            Optional<String> unfinished = Response.unfinished(o);
            if (unfinished.isPresent()) return List.of(unfinished.get());
        }
        // Not Response.events: a stream that broke off is exactly when [DONE] goes missing.
        if (o.events().isEmpty()) {
            // A stream cut before its first event certainly does not end with [DONE].
            if (!expected) return List.of();
            return List.of(Response.missing(o).orElse("response is not a stream (status " + o.status() + ")"));
        }
        SseEvent last = o.events().get(o.events().size() - 1);
        long dones = o.events().stream().filter(SseEvent::isDone).count();
        if (expected && last.isDone() && dones > 1) return List.of("stream: expected one [DONE], it was sent " + dones + " times");
        if (last.isDone() == expected) return List.of();
        return List.of(expected
                ? "stream: expected the last event to be [DONE], it was " + Values.cut(last.data())
                        + (o.transportError() == null ? "" : " (" + o.transportError() + ")")
                : "stream: expected no [DONE] at the end, but it was there");
    }
}
