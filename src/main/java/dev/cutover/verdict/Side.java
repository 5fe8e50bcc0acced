package dev.cutover.verdict;

import dev.cutover.scenario.Feature;
import dev.cutover.target.Target;
import java.nio.file.Path;
import java.util.List;

/**
 * One side of a comparison as reports name it.
 *
 * @param standInFor the gateway this target only imitates (cutover's stand-in), or null for the real thing
 */
public record Side(String role, String target, String gateway, String baseUrl, String standInFor, String upstream,
                   List<Feature> features, Path file) {

    public static Side of(String role, Target t, String maskedBaseUrl) {
        return new Side(role, t.name(), t.gateway(), maskedBaseUrl, t.standInFor(), t.upstream().name().toLowerCase(),
                t.features().stream().sorted(java.util.Comparator.comparing(Feature::wireName)).toList(), t.file());
    }

    public boolean isStandIn() {
        return standInFor != null;
    }

    /** "portkey-local (portkey)" or "litellm (stand-in for litellm)". */
    public String describe() {
        return target + (isStandIn() ? " (stand-in for " + standInFor + ", not the real gateway)" : " (" + gateway + ")");
    }
}
