package dev.cutover.expect;

import dev.cutover.wire.Observation;
import java.util.List;
import java.util.Optional;

/** {@code timing: {ttft_ms | headers_ms | total_ms: P}} — one timing in milliseconds. */
record TimingExpectation(Which which, Predicate predicate) implements Expectation {

    enum Which {
        TTFT_MS, HEADERS_MS, TOTAL_MS;

        String yamlName() {
            return name().toLowerCase();
        }
    }

    @Override
    public String describe() {
        return "timing " + which.yamlName() + " " + predicate.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        // total_ms stays meaningful without a response (how long until the gateway gave up).
        Optional<String> missing = which == Which.TOTAL_MS ? Optional.empty() : Response.missing(o);
        if (missing.isPresent()) return List.of(missing.get());
        Double ms = switch (which) {
            case TTFT_MS -> o.timings().firstTokenMs();
            case HEADERS_MS -> o.timings().headersMs();
            case TOTAL_MS -> o.timings().totalMs();
        };
        return predicate.test("timing " + which.yamlName(), Actual.number(ms));
    }
}
