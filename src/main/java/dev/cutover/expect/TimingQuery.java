package dev.cutover.expect;

import dev.cutover.wire.Observation;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code timing: {ttft_ms | headers_ms | total_ms | stream_ms: P}} — one timing in milliseconds. {@code stream_ms} is the
 * time from the first token to the end of the answer: what a model spends generating, and close to nothing when a
 * gateway buffers the whole stream and sends it at once.
 */
record TimingQuery(Which which) implements Query {

    enum Which {
        TTFT_MS, HEADERS_MS, TOTAL_MS, STREAM_MS;

        String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String describe() {
        return "timing " + which.yamlName();
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        // total_ms stays meaningful without a response (how long until the gateway gave up).
        Optional<String> missing = which == Which.TOTAL_MS ? Optional.empty() : Response.missing(o);
        if (missing.isPresent()) return Lookup.failed(missing.get());
        Double ms = switch (which) {
            case TTFT_MS -> o.timings().firstTokenMs();
            case HEADERS_MS -> o.timings().headersMs();
            case TOTAL_MS -> o.timings().totalMs();
            case STREAM_MS -> o.timings().firstTokenMs() == null ? null : o.timings().totalMs() - o.timings().firstTokenMs();
        };
        return Lookup.of(Actual.number(ms));
    }
}
