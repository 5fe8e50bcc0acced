package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cache: hit | miss} — what the gateway says about its cache, in the header its profile names
 * ({@code conventions.cacheStatusHeader}: Portkey's x-portkey-cache-status, WorldFlow's
 * x-synapse-cache-status, ...). Values compare case-insensitively.
 */
record CacheExpectation(String expected, Source source) implements Expectation {
    static final String CONVENTION = "cacheStatusHeader";

    @Override
    public String describe() {
        return "cache " + expected;
    }

    @Override
    public Set<String> conventions() {
        return Set.of(CONVENTION);
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Optional<String> missing = Response.missing(o);
        if (missing.isPresent()) return List.of(missing.get());
        String header = context.conventions().get(CONVENTION);
        if (header == null) return List.of("the target names no " + CONVENTION + " convention");
        Optional<String> value = o.headers().first(header);
        if (value.isEmpty()) return List.of("cache: expected " + header + ": " + expected + ", the header was absent");
        if (value.get().trim().toLowerCase(Locale.ROOT).equals(expected)) return List.of();
        return List.of("cache: expected " + header + ": " + expected + ", got " + value.get());
    }
}
