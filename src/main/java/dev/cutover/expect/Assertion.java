package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.List;
import java.util.Set;

/**
 * The common expectation: a query, a predicate and the line it was written on
 * ({@code $.usage.total_tokens: {gt: 0}}). Every "look at X; X must satisfy P" kind is one of these.
 */
record Assertion(Query query, Predicate predicate, Source source) implements Expectation {

    @Override
    public String describe() {
        return query.describe() + " " + predicate.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<Actual> actual = query.select(o, context);
        if (actual.failed()) return actual.problems();
        return predicate.test(query.subject(context), actual.value());
    }

    @Override
    public boolean readsUpstream() {
        return query.readsUpstream();
    }

    @Override
    public Set<String> conventions() {
        return query.conventions();
    }
}
