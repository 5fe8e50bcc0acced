package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.List;

/**
 * One kind of check on an {@link Observation}. Implementations are small, one class per kind, built
 * from a scenario's {@code expect:} block by {@link ExpectationParser}.
 */
public interface Expectation {

    /** Where the expectation was written: its scenario file and line. */
    Source source();

    /** What is expected, in the user's words, e.g. {@code status equals 200}. */
    String describe();

    /** Empty when the observation meets the expectation; otherwise one message per problem found. */
    List<String> check(Observation observation, ExpectContext context);

    /** True when the check reads what reached the provider, which only cutover's mock provider can tell. */
    default boolean readsUpstream() {
        return false;
    }

    /** Target conventions the check reads (e.g. cacheStatusHeader); a target without them cannot run it. */
    default java.util.Set<String> conventions() {
        return java.util.Set.of();
    }
}
