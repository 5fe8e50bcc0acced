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

    /**
     * True when the check compares with what the provider was scripted to send ({@code equals: provider}): against
     * real providers there is no script, so such a check cannot be one of a step's live checks.
     */
    default boolean readsScript() {
        return false;
    }

    /** Names of earlier steps whose answers the check compares with (e.g. {@code embeddings.agrees_with}). */
    default java.util.Set<String> readsSteps() {
        return java.util.Set.of();
    }

    /** Target conventions the check reads (e.g. cacheStatusHeader); a target without them cannot run it. */
    default java.util.Set<String> conventions() {
        return java.util.Set.of();
    }
}
