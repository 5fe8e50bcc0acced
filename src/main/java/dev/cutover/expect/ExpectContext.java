package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderScript;
import java.util.Map;
import java.util.Set;

/**
 * What an expectation may need beyond the observation: what the provider was scripted to send
 * (for "equals provider"), the key the client used (for "the client's key is never forwarded"), and the
 * target's conventions (which header carries the cache status, the request id, ...) and what the target may
 * change on the way ({@link Allowance}).
 *
 * @param upstreamBefore requests the provider had received for this exchange before this step (earlier steps')
 * @param repeated       this step sent its request several times (a burst), so its observation is the last one's
 * @param earlier        the earlier steps' observations by step name, for checks that compare with one
 */
public record ExpectContext(ProviderScript provider, String clientKey, Map<String, String> conventions,
                            Set<Allowance> allowances, int upstreamBefore, boolean repeated, Map<String, Observation> earlier) {

    public ExpectContext(ProviderScript provider, String clientKey, Map<String, String> conventions,
                         Set<Allowance> allowances, int upstreamBefore, boolean repeated) {
        this(provider, clientKey, conventions, allowances, upstreamBefore, repeated, Map.of());
    }

    public ExpectContext(ProviderScript provider, String clientKey, Map<String, String> conventions) {
        this(provider, clientKey, conventions, Allowance.DEFAULTS, 0, false);
    }

    public ExpectContext(ProviderScript provider, String clientKey) {
        this(provider, clientKey, Map.of());
    }
}
