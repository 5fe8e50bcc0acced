package dev.cutover.standin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a DIAL core config (aidial.config.json) holds for the stand-in, in the shape DIAL reads it: models with
 * the roles that may see them ({@code userRoles}), API keys with a project and a role, and per role the limits
 * for each deployment. The keys are fixed, obviously fake stand-in values. The content matches the config the
 * real DIAL was calibrated with (the same three keys and roles), so both answer the catalog alike.
 */
final class DialConfig {
    enum Type { CHAT, EMBEDDING }

    /** A model: the API it serves; {@code userRoles} null lets every role see it (DeploymentController.hasAccess). */
    record Deployment(String name, Type type, Set<String> userRoles) {
        boolean visibleTo(String role) {
            return userRoles == null || userRoles.contains(role);
        }
    }

    /**
     * A role's limit for a deployment; an absent field is unlimited (config Limit's defaults). A limit that is
     * not positive refuses the key with 403 "Access denied" (RateLimiter.limit).
     */
    record Limit(long minute, long day, long requestHour, long requestDay) {
        static final Limit UNLIMITED = new Limit(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

        static Limit minuteTokens(long minute) {
            return new Limit(minute, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
        }

        boolean positive() {
            return minute > 0 && day > 0 && requestHour > 0 && requestDay > 0;
        }
    }

    /** An API key: limits are counted per project, the role picks the limits and what the key may see. */
    record Key(String project, String role) {}

    static final String DEFAULT_ROLE = "default";
    static final String KEY = "dial-standin-key";
    static final String LIMITED_KEY = "dial-standin-limited";
    static final String RATE_LIMITED_KEY = "dial-standin-rate-limited";
    /** A role with an explicit zero limit: since 0.17 the only way a key is refused a deployment by its limits. */
    static final String ZERO_LIMIT_KEY = "dial-standin-zero-limit";

    /**
     * Chat deployments of their own for the scenarios that make the provider fail, one each (the profile's
     * breaker.faultModels), so DIAL's back-off after one never answers for another: as a team would set up a
     * staging DIAL for this catalog. The real DIAL's configs in gateways/dial list the same.
     */
    static final int FAULT_DEPLOYMENTS = 16;

    static final Map<String, Deployment> DEPLOYMENTS = ordered(deployments());

    private static List<Deployment> deployments() {
        List<Deployment> all = new java.util.ArrayList<>(List.of(
                new Deployment("gpt-4o-mini", Type.CHAT, null),
                // The restricted model: the limited key's role is not among its userRoles ("Forbidden deployment").
                new Deployment("gpt-4o", Type.CHAT, Set.of(DEFAULT_ROLE, "rate-limited")),
                new Deployment("text-embedding-3-small", Type.EMBEDDING, null)));
        for (int i = 1; i <= FAULT_DEPLOYMENTS; i++) all.add(new Deployment("gpt-4o-mini-faults-" + i, Type.CHAT, null));
        return all;
    }

    private static Map<String, Limit> defaultLimits() {
        Map<String, Limit> m = new LinkedHashMap<>();
        DEPLOYMENTS.keySet().forEach(d -> m.put(d, Limit.UNLIMITED));
        return m;
    }

    static final Map<String, Key> KEYS = Map.of(
            KEY, new Key("cutover", DEFAULT_ROLE),
            LIMITED_KEY, new Key("cutover-limited", "limited"),
            RATE_LIMITED_KEY, new Key("cutover-rate-limited", "rate-limited"),
            ZERO_LIMIT_KEY, new Key("cutover-zero-limit", "zero"));

    static final Map<String, Map<String, Limit>> ROLES = Map.of(
            DEFAULT_ROLE, defaultLimits(),
            // No entry for gpt-4o-mini: a role without a limit falls back to the default role's (0.17+), so it is allowed.
            "limited", Map.of("text-embedding-3-small", Limit.UNLIMITED),
            // One token a minute: the first call passes (nothing used yet), every later one hits the limit.
            "rate-limited", Map.of("gpt-4o-mini", Limit.minuteTokens(1), "gpt-4o", Limit.UNLIMITED,
                    "text-embedding-3-small", Limit.UNLIMITED),
            "zero", Map.of("gpt-4o-mini", Limit.minuteTokens(0)));

    private DialConfig() {}

    private static Map<String, Deployment> ordered(List<Deployment> list) {
        Map<String, Deployment> m = new LinkedHashMap<>();
        list.forEach(d -> m.put(d.name(), d));
        return java.util.Collections.unmodifiableMap(m);
    }
}
