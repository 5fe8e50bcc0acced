package dev.cutover.expect;

import dev.cutover.scenario.ProviderScript;

/**
 * What an expectation may need beyond the observation: what the provider was scripted to send
 * (for "equals provider") and the key the client used (for "the client's key is never forwarded").
 */
public record ExpectContext(ProviderScript provider, String clientKey) {}
