package dev.cutover.expect;

import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.ReceivedRequest;
import dev.cutover.wire.SentRequest;
import dev.cutover.wire.SseEvent;
import dev.cutover.wire.Timings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Observations built by hand, as the HTTP client would record them, so that tests need no network. */
final class Observations {
    static final SentRequest SENT = new SentRequest("POST", "http://gateway/v1/chat/completions", Headers.EMPTY, "{}");
    static final Timings TIMINGS = new Timings(12.0, 30.0, 80.0);
    static final ExpectContext NO_CONTEXT = new ExpectContext(ProviderScript.DEFAULT, null);

    private Observations() {}

    static Observation json(int status, String body) {
        return json(status, body, Map.of());
    }

    static Observation json(int status, String body, Map<String, List<String>> headers) {
        Map<String, List<String>> all = new java.util.TreeMap<>(headers);
        all.put("Content-Type", List.of("application/json"));
        return new Observation(SENT, status, Headers.of(all), body, List.of(), List.of(), TIMINGS, null, List.of());
    }

    /** A 200 stream whose events carry these data texts, in order, 10 ms apart. */
    static Observation stream(String... data) {
        List<SseEvent> events = new ArrayList<>();
        for (int i = 0; i < data.length; i++) events.add(new SseEvent(null, data[i], 10.0 * (i + 1)));
        return new Observation(SENT, 200, Headers.of(Map.of("content-type", List.of("text/event-stream"))),
                String.join("\n\n", data), events, List.of(), TIMINGS, null, List.of());
    }

    static Observation refused() {
        return new Observation(SENT, 0, Headers.EMPTY, "", List.of(), List.of(), new Timings(0, null, 3.0),
                "connection refused", List.of());
    }

    static Observation withTransportError(Observation o, String error) {
        return new Observation(o.request(), o.status(), o.headers(), o.body(), o.events(), o.streamProblems(),
                o.timings(), error, o.upstream());
    }

    static Observation withStreamProblems(Observation o, List<String> problems) {
        return new Observation(o.request(), o.status(), o.headers(), o.body(), o.events(), problems,
                o.timings(), o.transportError(), o.upstream());
    }

    static ReceivedRequest received(String path, Map<String, List<String>> headers, String body) {
        return new ReceivedRequest("POST", path, null, Headers.of(headers), body, 0L);
    }
}
