package dev.cutover.scenario;

import dev.cutover.expect.Expectation;
import dev.cutover.wire.ProviderScript;
import java.util.List;

/**
 * One request of a scenario, what the provider does for it, and what must be observed.
 *
 * @param live what the step sends and checks against real providers, or null when it gave no {@code live:} block
 */
public record Step(String name, ProviderScript provider, RequestSpec request, List<Expectation> expectations, int line,
                   Live live) {

    /** A step with no live block. */
    public Step(String name, ProviderScript provider, RequestSpec request, List<Expectation> expectations, int line) {
        this(name, provider, request, expectations, line, null);
    }
}
