package dev.cutover.target;

import dev.cutover.launch.ProcessSpec;
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
 * @param standInFor  the gateway this target only imitates (its documented behaviour, run here because the
 *                    real one cannot be), or null for a real gateway or provider; reports say so
 */
public record Target(
        String name,
        String gateway,
        String baseUrl,
        ApiStyle api,
        String apiVersion,
        Auth auth,
        Map<String, String> headers,
        Map<String, String> models,
        Upstream upstream,
        Set<String> features,
        Map<String, String> conventions,
        Path file,
        ProcessSpec launch,
        Path knownDifferences,
        String standInFor) {

    public boolean claims(String feature) {
        return features.contains(feature);
    }

    public List<String> unclaimed(List<String> needed) {
        return needed.stream().filter(f -> !features.contains(f)).toList();
    }

    /** Every secret value this target holds, so that outputs can mask them. */
    public List<String> secrets() {
        return auth.key() == null || auth.key().isEmpty() ? List.of() : List.of(auth.key());
    }
}
