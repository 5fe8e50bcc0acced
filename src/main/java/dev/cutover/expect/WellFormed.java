package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.List;
import java.util.Optional;

/** {@code stream.well_formed: true} — every line of the stream was a valid SSE field. */
record WellFormed(Source source) implements Expectation {

    @Override
    public String describe() {
        return "stream is well-formed SSE";
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Optional<String> missing = Response.missing(o);
        if (missing.isPresent()) return List.of(missing.get());
        return o.streamProblems().stream().map(p -> "stream not well-formed: " + p).toList();
    }
}
