package dev.cutover.target;

import dev.cutover.expect.Allowance;
import dev.cutover.scenario.Feature;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Targets built in tests, so that a new profile field does not ripple through every test. */
public final class TestTargets {
    private TestTargets() {}

    /** An OpenAI-style target with no launch, routes, conventions or extra keys. */
    public static Target openAi(String name, String baseUrl, Auth auth, Map<String, String> models, Upstream upstream,
                                Set<String> features) {
        return new Target(name, "generic", baseUrl, ApiStyle.OPENAI, null, auth, Map.of(), Map.of(), models, upstream,
                features.stream().map(f -> Feature.fromWire(f).orElseThrow()).collect(java.util.stream.Collectors.toSet()), Map.of(), null, null, null, List.of(), null,
                Allowance.DEFAULTS, ClientStyle.NONE, null, null);
    }

    /** The same target sending another client's headers. */
    public static Target withClient(Target t, ClientStyle client) {
        return new Target(t.name(), t.gateway(), t.baseUrl(), t.api(), t.apiVersion(), t.auth(), t.keys(), t.headers(), t.models(),
                t.upstream(), t.features(), t.conventions(), t.file(), t.launch(), t.knownDifferences(), t.routes(),
                t.standInFor(), t.allowances(), client, t.mock(), t.breaker());
    }

    /** The same target with other API style, version and extra headers. */
    public static Target with(Target t, ApiStyle api, String apiVersion, Map<String, String> headers) {
        return new Target(t.name(), t.gateway(), t.baseUrl(), api, apiVersion, t.auth(), t.keys(), headers, t.models(),
                t.upstream(), t.features(), t.conventions(), t.file(), t.launch(), t.knownDifferences(), t.routes(),
                t.standInFor(), t.allowances(), t.client(), t.mock(), t.breaker());
    }
}
