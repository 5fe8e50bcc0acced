package dev.cutover.expect;

import dev.cutover.wire.Observation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code headers: {name: P}} — one response header, its name case-insensitive. A name written
 * {@code ${conventions.requestIdHeader}} is the header the target's profile names for that purpose, so
 * one scenario checks Portkey's trace id and LiteLLM's call id alike.
 */
record HeaderExpectation(String name, Predicate predicate) implements Expectation {
    private static final Pattern CONVENTION = Pattern.compile("\\$\\{conventions\\.([A-Za-z0-9_-]+)}");

    @Override
    public String describe() {
        return "header " + name + " " + predicate.describe();
    }

    @Override
    public Set<String> conventions() {
        Matcher m = CONVENTION.matcher(name);
        return m.matches() ? Set.of(m.group(1)) : Set.of();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Optional<String> missing = Response.missing(o);
        if (missing.isPresent()) return List.of(missing.get());
        Matcher m = CONVENTION.matcher(name);
        String header = m.matches() ? context.conventions().get(m.group(1)) : name;
        if (header == null) return List.of("the target names no " + m.group(1) + " convention");
        return predicate.test("header " + header, Actual.text(joined(o.headers().all(header))));
    }

    /** A repeated header reads as its values joined with ", ", as HTTP allows a recipient to combine them. */
    static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }
}
