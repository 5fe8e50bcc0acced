package dev.cutover.target;

import dev.cutover.expect.Allowance;
import dev.cutover.launch.LaunchSpec;
import dev.cutover.scenario.Feature;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A target profile from {@code targets/*.yaml}: where a gateway (or provider) answers, how it wants to
 * be spoken to, which logical models map to which names, and which features it claims.
 *
 * @param baseUrl     with ${mock.url} and ${env:...} already resolved
 * @param models      logical name (chat, embedding, ...) → the model name this target knows
 * @param conventions gateway-specific header names, e.g. cacheStatusHeader, requestIdHeader
 * @param launch      how to start the gateway locally, or null when it is already running (external)
 * @param knownDifferences the file listing where this target knowingly differs from the catalog, or null

 * @param keys        extra named keys (virtual keys with limits, an over-budget key, ...) that scenarios
 *                    ask for with {@code auth: {key: NAME}}; values from the environment, masked everywhere
 * @param routes      for a direct target: which provider serves which models (empty: everything goes to baseUrl)
 * @param standInFor  the gateway this target only imitates (its documented behaviour, run here because the
 *                    real one cannot be), or null for a real gateway or provider; reports say so
 * @param allowances  what the gateway may change on the way without failing the transparency check
 * @param client      whose headers every request carries (Accept, User-Agent, X-Stainless-*)
 * @param mock        a standalone mock the gateway's deployment points at, or null for the run's own
 * @param breaker     the gateway's circuit breaker, when it has one: fault scenarios are spaced, or null
 */
public record Target(
        String name,
        String gateway,
        String baseUrl,
        ApiStyle api,
        String apiVersion,
        Auth auth,
        Map<String, String> keys,
        Map<String, String> headers,
        Map<String, String> models,
        Upstream upstream,
        Set<Feature> features,
        Map<String, String> conventions,
        Path file,
        LaunchSpec launch,
        Path knownDifferences,
        List<ProviderRoute> routes,
        String standInFor,
        Set<Allowance> allowances,
        ClientStyle client,
        MockSpec mock,
        Breaker breaker) {

    private static final String STAND_IN = "stand-in for ";
    private static final String STAND_IN_NOTE = " (documented behaviour, not the real gateway)";

    /** What reports call the gateway: its name, or plainly that it only stands in for one. */
    public String gatewayLabel() {
        return standInFor == null ? gateway : STAND_IN + standInFor + STAND_IN_NOTE;
    }

    /**
     * The gateway a {@link #gatewayLabel} says is only imitated, or null when the label names a real one: a run's
     * result carries the label, and its report reads the stand-in back to badge it.
     */
    public static String standInOf(String gatewayLabel) {
        if (gatewayLabel == null || !gatewayLabel.startsWith(STAND_IN) || !gatewayLabel.endsWith(STAND_IN_NOTE)) return null;
        String imitated = gatewayLabel.substring(STAND_IN.length(), gatewayLabel.length() - STAND_IN_NOTE.length());
        return imitated.isEmpty() ? null : imitated;
    }

    public boolean claims(Feature feature) {
        return features.contains(feature);
    }

    public List<Feature> unclaimed(List<Feature> needed) {
        return needed.stream().filter(f -> !features.contains(f)).toList();
    }

    /** The same target with other logical models (a fault scenario's own deployment). */
    public Target withModels(Map<String, String> other) {
        return new Target(name, gateway, baseUrl, api, apiVersion, auth, keys, headers, Map.copyOf(other), upstream, features,
                conventions, file, launch, knownDifferences, routes, standInFor, allowances, client, mock, breaker);
    }

    /** Every secret value this target holds, so that outputs can mask them. */
    public List<String> secrets() {
        List<String> out = new java.util.ArrayList<>();
        if (auth.key() != null && !auth.key().isEmpty()) out.add(auth.key());
        keys.values().stream().filter(k -> !k.isEmpty()).forEach(out::add);
        routes.forEach(r -> {
            if (r.auth().key() != null && !r.auth().key().isEmpty()) out.add(r.auth().key());
        });
        if (mock != null && mock.adminKey() != null) out.add(mock.adminKey());
        if (launch != null) out.addAll(launch.secrets());
        return List.copyOf(out);
    }

    /** The route serving a model; without routes, one route to baseUrl with the target's key. */
    public ProviderRoute routeFor(String model) {
        if (routes.isEmpty()) return new ProviderRoute(gateway, List.of("*"), baseUrl, auth);
        return routes.stream().filter(r -> r.matches(model)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "target '" + name + "' routes no provider for model '" + model + "' (routes: "
                        + String.join("; ", routes.stream().map(r -> r.provider() + " " + r.models()).toList()) + ")"));
    }
}
