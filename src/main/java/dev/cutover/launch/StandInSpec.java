package dev.cutover.launch;

import java.util.List;

/**
 * An in-process stand-in that imitates a gateway's documented behaviour in front of the embedded mock
 * provider (package {@code standin}), for gateways that cannot run here.
 */
public record StandInSpec(String name) implements LaunchSpec {
    /**
     * The names a profile may give in {@code launch: {standin: NAME}}: stated here, with the spec, so that a
     * profile is checked without the stand-ins' code; {@code standin.StandIns} starts exactly these.
     */
    public static final List<String> NAMES = List.of("dial", "dial-no-backoff", "litellm", "litellm-chained",
            "worldflow", "anthropic-openai");
}
