package dev.cutover.expect;

import dev.cutover.http.Observation;
import java.util.List;
import java.util.Optional;

/** {@code headers: {name: P}} — one response header, its name case-insensitive. */
record HeaderExpectation(String name, Predicate predicate) implements Expectation {

    @Override
    public String describe() {
        return "header " + name + " " + predicate.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Optional<String> missing = Response.missing(o);
        if (missing.isPresent()) return List.of(missing.get());
        return predicate.test("header " + name, Actual.text(joined(o.headers().all(name))));
    }

    /** A repeated header reads as its values joined with ", ", as HTTP allows a recipient to combine them. */
    static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }
}
