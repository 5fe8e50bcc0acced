package dev.cutover.standin;

import dev.cutover.launch.LaunchException;
import dev.cutover.launch.Launched;
import dev.cutover.launch.StandInSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-ins for gateways that cannot run here (DIAL, LiteLLM, WorldFlow) and for a provider's OpenAI-compatible
 * endpoint (Anthropic's): small in-process servers that
 * imitate each one's documented dialect in front of the embedded mock provider. What each imitates, and
 * what is assumed rather than documented, is in docs/stand-ins.md.
 */
public final class StandIns {
    private StandIns() {}

    /**
     * @param port            the loopback port to listen on (picked free by the caller; the profile's
     *                        baseUrl uses it as ${port})
     * @param upstreamBaseUrl the mock provider, e.g. http://127.0.0.1:43123 (no /v1)
     * @param providerKey     the key the stand-in sends upstream (never the client's)
     * @throws LaunchException for an unknown name or a port that cannot be bound
     */
    public static Launched start(String name, int port, String upstreamBaseUrl, String providerKey) {
        Forwarder provider = new Forwarder(upstreamBaseUrl);
        StandInLog log = new StandInLog(name);
        return switch (name) {
            // DIAL keeps its upstream back-off across requests, as the real core does; "dial-no-backoff" starts every
            // request from a clean upstream, as if each ran on a fresh DIAL (docs/stand-ins.md, "Back-off").
            case "dial" -> StandInServer.start(name, port, log, new DialStandIn(provider, providerKey, log, true));
            case "dial-no-backoff" -> StandInServer.start(name, port, log, new DialStandIn(provider, providerKey, log, false));
            case "litellm" -> StandInServer.start(name, port, log, new LiteLlmStandIn(provider, providerKey, log));
            case "worldflow" -> StandInServer.start(name, port, log, new WorldFlowStandIn(provider, providerKey, log));
            case "litellm-chained" -> chained(port, provider, providerKey);
            case "anthropic-openai" -> StandInServer.start(name, port, log, new AnthropicOpenAiStandIn(provider, log));
            default -> throw new LaunchException("unknown stand-in '" + name + "'; known: " + String.join(", ", StandInSpec.NAMES));
        };
    }

    /** LiteLLM on a port of its own, the memory proxy on the profile's port in front of it. */
    private static Launched chained(int port, Forwarder provider, String providerKey) {
        StandInLog litellmLog = new StandInLog("litellm");
        StandInServer litellm = StandInServer.start("litellm", 0, litellmLog, new LiteLlmStandIn(provider, providerKey, litellmLog));
        StandInLog proxyLog = new StandInLog("memory-proxy");
        try {
            StandInServer proxy = StandInServer.start("memory-proxy", port, proxyLog,
                    new MemoryProxy(new Forwarder(litellm.baseUrl()), proxyLog));
            return new Launched() {
                @Override
                public List<String> log() {
                    List<String> all = new ArrayList<>(proxy.log());
                    all.addAll(litellm.log());
                    return List.copyOf(all);
                }

                @Override
                public void close() {
                    try {
                        proxy.close();
                    } finally {
                        litellm.close();
                    }
                }
            };
        } catch (RuntimeException e) {
            litellm.close();
            throw e;
        }
    }
}
