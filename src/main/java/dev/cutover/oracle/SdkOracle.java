package dev.cutover.oracle;

import dev.cutover.wire.Endpoint;

/**
 * One official SDK asked about observed answers. Never throws and never hangs: whatever goes wrong on the
 * SDK's side is a verdict ({@link SdkVerdict.Outcome#UNAVAILABLE} when the SDK could not be asked).
 */
public interface SdkOracle extends AutoCloseable {
    /** The SDK's package name. */
    String sdk();

    /** The SDK's version, or null when it is not installed. */
    String version();

    /** Whether the SDK has a typed call for this endpoint: OpenAI's SDKs for OpenAI's APIs, Anthropic's for Messages. */
    boolean covers(Endpoint endpoint);

    /** What the SDK's client does with this answer. */
    SdkVerdict judge(Replay replay);

    /** Stops whatever the oracle started (a client, a process). */
    @Override
    void close();
}
