package dev.cutover.expect;

import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.wire.SseEvent;
import dev.cutover.yaml.Source;
import java.util.List;
import java.util.Optional;

/**
 * {@code stream.signals_failure: true} — a stream that broke upstream must tell the client so: the
 * connection breaks, or an event carries an {@code error} object (what OpenAI's SDKs raise on). A
 * stream that simply ends, even without {@code [DONE]}, looks finished to most SDKs: they stop reading
 * and hand the truncated text on as if it were whole. A gateway that never answers, or hangs until the client
 * gives up, signals nothing: that fails too.
 */
record SignalsFailure(Source source) implements Expectation {

    @Override
    public String describe() {
        return "stream signals the failure (broken connection or an error event)";
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        // A gateway that never answered or hung signalled nothing: the client waited for its own deadline.
        Optional<String> unfinished = Response.unfinished(o);
        if (unfinished.isPresent()) return List.of("no signal, " + unfinished.get());
        if (o.transportError() != null) return List.of();
        for (SseEvent e : o.events()) {
            if (Json.parse(e.data()).map(j -> j.path("error").isObject()).orElse(false)) return List.of();
        }
        if (o.status() >= 400) return List.of();
        return List.of("stream: ended cleanly (" + o.events().size() + " events, "
                + (o.events().isEmpty() || !o.events().get(o.events().size() - 1).isDone() ? "no [DONE]" : "with [DONE]")
                + ") without an error event or a broken connection: the truncation is hidden from the client");
    }
}
