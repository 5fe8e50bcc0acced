package dev.cutover.standin;

import dev.cutover.launch.LaunchException;
import dev.cutover.launch.Launched;

/**
 * Stand-ins for gateways that cannot run here (DIAL, LiteLLM, WorldFlow): small in-process servers that
 * imitate each one's documented dialect in front of the embedded mock provider.
 */
public final class StandIns {
    private StandIns() {}

    /**
     * @param port            the loopback port to listen on (picked free by the caller; the profile's
     *                        baseUrl uses it as ${port})
     * @param upstreamBaseUrl the mock provider, e.g. http://127.0.0.1:43123 (no /v1)
     * @param providerKey     the key the stand-in sends upstream (never the client's)
     */
    public static Launched start(String name, int port, String upstreamBaseUrl, String providerKey) {
        throw new LaunchException("stand-in '" + name + "' is not available yet");
    }
}
