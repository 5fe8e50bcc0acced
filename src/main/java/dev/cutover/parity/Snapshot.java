package dev.cutover.parity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Headers;
import dev.cutover.wire.HopByHop;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.SseEvent;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One observation as normalised field paths → values: {@code status}, {@code transport},
 * {@code header.<name>}, {@code body} or {@code body.$…}, {@code stream.…}, {@code timing.…},
 * {@code upstream.…}. Two snapshots of the same scenario step compare path by path; a path absent on one
 * side is a field that is missing there. The path grammar is in docs/parity.md.
 */
public record Snapshot(SortedMap<String, String> fields) {

    /**
     * What reaches the provider but says nothing about the gateway's behaviour: besides the hop-by-hop
     * headers, the HTTP client's own identity (a direct call shows the test client's, a gateway its own), the
     * SDK's {@code x-stainless-*} family included.
     */
    private static final Set<String> UPSTREAM_CLIENT_HEADERS = Set.of("accept", "accept-encoding", "accept-language",
            "user-agent", "sec-fetch-mode", "x-cutover-exchange");

    private static final Redactor REDACT = Redactor.none();

    public Snapshot {
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    /** @param generatedText a real model answers on some side: its text and vectors differ on every call */
    public static Snapshot of(Observation o, boolean generatedText) {
        SortedMap<String, String> f = new TreeMap<>();
        if (o.status() > 0) f.put("status", String.valueOf(o.status()));
        if (o.transportError() != null) f.put("transport", transport(o.transportError()));
        headers(o.headers(), "header.", f);
        if (o.isStream()) stream(o, generatedText, f);
        else body(o.body(), "body", generatedText, f);
        timing(o, f);
        upstream(o.upstream(), generatedText, f);
        return new Snapshot(f);
    }

    /** The same without what reached the provider, for steps where that cannot be compared. */
    public Snapshot withoutUpstream() {
        SortedMap<String, String> f = new TreeMap<>(fields);
        f.keySet().removeIf(p -> p.startsWith("upstream."));
        return new Snapshot(f);
    }

    public String get(String path) {
        return fields.get(path);
    }

    /** Refused, reset, timed out: the kind matters to a client, the exception text does not. */
    static String transport(String error) {
        String e = error.toLowerCase(Locale.ROOT);
        if (e.contains("timed out") || e.contains(" within ")) return "timed out";
        if (e.contains("refused")) return "connection refused";
        if (e.startsWith("stream broken")) return "stream broken off";
        if (e.startsWith("body broken")) return "body broken off";
        return "connection failed";
    }

    private static void headers(Headers h, String prefix, Map<String, String> f) {
        h.values().forEach((name, values) -> f.put(prefix + name, headerValue(name, values)));
    }

    /** Credential headers keep only their scheme: a snapshot ends up in reports. */
    private static String headerValue(String name, List<String> values) {
        if (Redactor.isCredentialHeader(name)) return values.stream().map(v -> REDACT.maskHeader(name, v)).reduce((a, b) -> a + ", " + b).orElse("");
        return String.join(", ", values.stream().map(v -> Normalise.header(name, v)).toList());
    }

    private static void body(String body, String prefix, boolean generated, Map<String, String> f) {
        if (body == null || body.isBlank()) return;
        JsonNode json = JsonFields.parse(body);
        if (json == null) f.put(prefix, Normalise.text(body.strip()));
        else JsonFields.flatten(json, prefix + ".", generated, f);
    }

    /**
     * A stream as a client assembles it (content, tool-call arguments, finish reason, [DONE]) plus every
     * field seen in any chunk with its distinct values. Chunk boundaries are not compared value by value: a
     * gateway may re-chunk a stream and clients cannot tell; the assembled text is what they see.
     */
    private static void stream(Observation o, boolean generated, Map<String, String> f) {
        StreamView v = StreamView.of(o.events());
        f.put("stream.done", String.valueOf(v.done()));
        f.put("stream.events", String.valueOf(v.dataEvents()));
        if (!o.streamProblems().isEmpty()) f.put("stream.malformed", "malformed SSE lines");
        if (v.content() != null) f.put("stream.content", generated ? Normalise.GENERATED : '"' + Normalise.text(v.content()) + '"');
        if (v.toolArguments() != null) f.put("stream.tool_arguments", generated ? Normalise.GENERATED : v.toolArguments());
        if (v.finishReason() != null) f.put("stream.finish_reason", JsonFields.finishReason(v.finishReason(), generated));
        v.chunkFields(generated).forEach((path, values) -> f.put("stream[*]." + path, values));
        for (SseEvent e : o.events()) if (e.event() != null) f.merge("stream[*].event", e.event(), StreamView::union);
    }

    /** Milliseconds, whole: {@link TimingTolerance} decides whether two differ enough to matter. */
    private static void timing(Observation o, Map<String, String> f) {
        if (o.status() == 0 && o.transportError() != null) return;
        f.put("timing.total_ms", ms(o.timings().totalMs()));
        if (o.timings().firstTokenMs() != null) f.put("timing.first_token_ms", ms(o.timings().firstTokenMs()));
        List<SseEvent> data = o.events().stream().filter(e -> !e.isDone()).toList();
        if (data.size() >= 2) {
            String d = TimingTolerance.delivery(data.get(data.size() - 1).atMs() - data.get(0).atMs(), o.timings().totalMs(), data.size());
            if (d != null) f.put("timing.delivery", d);
        }
    }

    private static String ms(double v) {
        return String.valueOf(Math.round(v));
    }

    /** The first request the provider received stands for the exchange; how many it received shows retries. */
    private static void upstream(List<ReceivedRequest> received, boolean generated, Map<String, String> f) {
        if (received.isEmpty()) return;
        f.put("upstream.count", String.valueOf(received.size()));
        ReceivedRequest first = received.get(0);
        f.put("upstream.path", first.method() + " " + first.path());
        first.headers().values().forEach((name, values) -> {
            if (!(HopByHop.is(name) || UPSTREAM_CLIENT_HEADERS.contains(name) || name.startsWith("x-stainless-"))) {
                f.put("upstream.header." + name, headerValue(name, values));
            }
        });
        body(first.body(), "upstream.body", generated, f);
    }
}
