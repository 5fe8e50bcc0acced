package dev.cutover.expect;

import dev.cutover.wire.ProviderScript;
import java.util.Map;

/**
 * What an expectation may need beyond the observation: what the provider was scripted to send
 * (for "equals provider"), the key the client used (for "the client's key is never forwarded"), and the
 * target's conventions (which header carries the cache status, the request id, ...).
 */
public record ExpectContext(ProviderScript provider, String clientKey, Map<String, String> conventions) {

    public ExpectContext(ProviderScript provider, String clientKey) {
        this(provider, clientKey, Map.of());
    }
}
