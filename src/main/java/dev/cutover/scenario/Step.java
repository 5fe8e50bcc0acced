package dev.cutover.scenario;

import dev.cutover.expect.Expectation;
import dev.cutover.wire.ProviderScript;
import java.util.List;

/** One request of a scenario, what the provider does for it, and what must be observed. */
public record Step(String name, ProviderScript provider, RequestSpec request, List<Expectation> expectations, int line) {}
