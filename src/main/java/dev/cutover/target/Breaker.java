package dev.cutover.target;

/**
 * The target has a circuit breaker (DIAL's upstream back-off, LiteLLM's router cooldown): after a scenario
 * that makes the provider fail, the next such scenario waits out the provider's Retry-After, or at least
 * {@code cooldownMs}; with a logical model {@code faults} in the profile's models, those scenarios use that
 * deployment, so the breaker they trip is not the one every other scenario goes through.
 */
public record Breaker(long cooldownMs) {}
