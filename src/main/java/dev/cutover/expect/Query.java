package dev.cutover.expect;

import dev.cutover.wire.Observation;
import java.util.Set;

/**
 * What an {@link Assertion} looks at in an observation (Hurl's "query"): the status, a header, a JSON
 * path, a timing, what reached the provider, … Finding the value may fail with a reason a person can act
 * on ("no response: connection refused"); a value that is simply not there is {@link Actual#ABSENT}, for the
 * predicate to judge.
 */
interface Query {

    /** How the query reads in an expectation's description, e.g. {@code header retry-after}. */
    String describe();

    /** How the looked-at value is named in a failure message; the target's conventions resolved. */
    default String subject(ExpectContext context) {
        return describe();
    }

    Lookup<Actual> select(Observation o, ExpectContext context);

    /** True when the value is what reached the provider, which only cutover's mock provider can tell. */
    default boolean readsUpstream() {
        return false;
    }

    /** Target conventions the query reads (e.g. requestIdHeader). */
    default Set<String> conventions() {
        return Set.of();
    }
}
