package dev.cutover.target;

import java.util.List;

/**
 * The target has a circuit breaker (DIAL's upstream back-off, LiteLLM's router cooldown): a scenario that makes
 * the provider fail takes the deployment it used out for a while. So such scenarios go to deployments of their
 * own: {@code faultModels}, taken in turn, the one free longest first; one still out is waited for, up to its
 * provider's Retry-After or at least {@code cooldownMs} after its last fault scenario. Without fault models they
 * use the profile's logical model {@code faults} if it names one, else the chat model, spaced the same way.
 */
public record Breaker(long cooldownMs, List<String> faultModels) {
    public Breaker {
        faultModels = List.copyOf(faultModels);
    }
}
