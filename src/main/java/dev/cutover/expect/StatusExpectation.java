package dev.cutover.expect;

import dev.cutover.wire.Observation;
import java.util.List;
import java.util.Optional;

/** {@code status: P} — the HTTP status. */
record StatusExpectation(Predicate predicate) implements Expectation {

    @Override
    public String describe() {
        return "status " + predicate.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Optional<String> missing = Response.missing(o);
        if (missing.isPresent()) return List.of(missing.get());
        return predicate.test("status", Actual.number(o.status()));
    }
}
