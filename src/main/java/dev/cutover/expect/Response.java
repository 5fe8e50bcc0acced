package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.wire.SseEvent;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an observed response that expectations read, each refusing with a message a person can
 * act on when the exchange broke, instead of a confusing "expected 200, got 0".
 */
final class Response {
    private Response() {}

    /** Status and headers arrived (even if the body broke off later). */
    static Optional<String> missing(Observation o) {
        if (o.status() != 0) return Optional.empty();
        String why = o.transportError() == null ? "nothing was received" : o.transportError();
        return Optional.of("no response: " + why);
    }

    /**
     * The exchange ended, one way or another, before its deadline: what a check that something is absent
     * needs, since a gateway that hung or never answered would otherwise pass it ("no [DONE]" — nothing came).
     * A connection broken mid-answer has ended: the client saw that end.
     */
    static Optional<String> unfinished(Observation o) {
        Optional<String> missing = missing(o);
        if (missing.isPresent()) return missing;
        if (o.timedOut()) return Optional.of("the answer never ended: " + o.transportError());
        return Optional.empty();
    }

    /** The whole response arrived. */
    static Optional<String> incomplete(Observation o) {
        Optional<String> missing = missing(o);
        if (missing.isPresent() || o.transportError() == null) return missing;
        return Optional.of("response broken off: " + o.transportError());
    }

    static Lookup<JsonNode> jsonBody(Observation o) {
        Optional<String> incomplete = incomplete(o);
        if (incomplete.isPresent()) return Lookup.failed(incomplete.get());
        if (o.cut() != null) {
            return Lookup.failed("body too large to check as JSON: " + o.cut().totalBytes() + " bytes, of which cutover keeps "
                    + o.cut().keptBytes() + " (status " + o.status() + ")");
        }
        return Json.parse(o.body()).map(Lookup::of).orElseGet(() -> Lookup.failed("body is not JSON (status " + o.status()
                + looksLikeJson(o.body()).map(why -> "; " + why).orElse("") + "): " + shown(o.body())));
    }

    /** The SSE events of a complete streamed response. */
    static Lookup<List<SseEvent>> events(Observation o) {
        Optional<String> incomplete = incomplete(o);
        if (incomplete.isPresent()) return Lookup.failed(incomplete.get());
        if (o.events().isEmpty()) {
            String type = o.headers().first("content-type").orElse("none");
            return Lookup.failed("response is not a stream (status " + o.status() + ", content-type " + type + "): "
                    + shown(o.body()));
        }
        return Lookup.of(o.events());
    }

    /** The JSON chunks of a complete stream: {@code [DONE]} and non-JSON events skipped. */
    static Lookup<List<JsonNode>> chunks(Observation o) {
        Lookup<List<SseEvent>> events = events(o);
        if (events.failed()) return Lookup.failed(events.problem());
        List<JsonNode> chunks = events.value().stream().filter(e -> !e.isDone())
                .flatMap(e -> Json.parse(e.data()).stream()).toList();
        return chunks.isEmpty() ? Lookup.failed("the stream carried no JSON chunks") : Lookup.of(chunks);
    }

    /**
     * Why a body that looks like JSON (it starts with a brace, a bracket or a byte-order mark) is not: a BOM, a NaN,
     * nesting or a number past the parser's limits are invisible in the body shown. Plain text needs no reason.
     */
    private static Optional<String> looksLikeJson(String body) {
        String b = body == null ? "" : body.stripLeading();
        if (b.isEmpty() || "{[\uFEFF".indexOf(b.charAt(0)) < 0) return Optional.empty();
        return Json.whyNot(body);
    }

    private static String shown(String body) {
        return body == null || body.isEmpty() ? "(empty)" : Values.cut(body);
    }
}
