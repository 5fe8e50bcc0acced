package dev.cutover.mock;

import dev.cutover.wire.Dialect;
import dev.cutover.wire.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each dialect's key check, where its provider looks for the key: OpenAI's {@code Authorization: Bearer <key>} or
 * Azure's {@code api-key}; Anthropic's {@code x-api-key} (with the {@code anthropic-version} header it requires);
 * Gemini's {@code key} query parameter or {@code x-goog-api-key} header. A refusal is worded as that provider words it.
 * Behind DIAL core, which calls its adapter with {@code Api-Key: <a per-request DIAL key>} and the upstream's own key
 * in {@value #UPSTREAM_KEY}, the provider key is that header alone: the per-request key is DIAL's, never the
 * provider's, so accepting it would let a request through that no adapter could have sent on.
 */
final class Auth {
    /** DIAL core's adapter protocol: the key of the upstream it chose (Proxy.HEADER_UPSTREAM_KEY). */
    static final String UPSTREAM_KEY = "x-upstream-key";

    private Auth() {}

    /** The 401 to send, if the request has no acceptable key; with {@code expected} null any key passes. */
    static Optional<ApiError> check(Headers headers, String expected) {
        return check(headers, null, expected, Dialect.OPENAI);
    }

    static Optional<ApiError> check(Headers headers, String rawQuery, String expected, Dialect dialect) {
        // DIAL's adapter protocol speaks OpenAI's dialect on OpenAI's paths.
        if (dialect == Dialect.OPENAI && (headers.first(Front.UPSTREAM_ENDPOINT).isPresent() || headers.first(UPSTREAM_KEY).isPresent())) {
            String upstreamKey = headers.first(UPSTREAM_KEY).map(String::trim).orElse("");
            if (upstreamKey.isEmpty()) return Optional.of(ApiError.missingKey());
            return expected == null || expected.equals(upstreamKey) ? Optional.empty()
                    : Optional.of(ApiError.wrongKey(upstreamKey));
        }
        List<String> presented = new ArrayList<>();
        switch (dialect) {
            case ANTHROPIC -> headers.all("x-api-key").stream().filter(v -> !v.isBlank()).map(String::trim).forEach(presented::add);
            case GEMINI -> {
                queryKey(rawQuery).ifPresent(presented::add);
                headers.all("x-goog-api-key").stream().filter(v -> !v.isBlank()).map(String::trim).forEach(presented::add);
            }
            case OPENAI -> {
                for (String value : headers.all("authorization")) {
                    if (value.regionMatches(true, 0, "Bearer ", 0, 7) && !value.substring(7).isBlank()) {
                        presented.add(value.substring(7).trim());
                    }
                }
                for (String value : headers.all("api-key")) if (!value.isBlank()) presented.add(value.trim());
            }
        }
        if (presented.isEmpty()) return Optional.of(missing(dialect));
        if (dialect == Dialect.ANTHROPIC && headers.first("anthropic-version").isEmpty()) {
            return Optional.of(new ApiError(400, "anthropic-version: header is required", "invalid_request_error", null, null));
        }
        if (expected == null || presented.contains(expected)) return Optional.empty();
        return Optional.of(switch (dialect) {
            case ANTHROPIC -> new ApiError(401, "invalid x-api-key", "authentication_error", null, null);
            case GEMINI -> new ApiError(400, "API key not valid. Please pass a valid API key.", "INVALID_ARGUMENT", null, null);
            case OPENAI -> ApiError.wrongKey(presented.get(0));
        });
    }

    private static ApiError missing(Dialect dialect) {
        return switch (dialect) {
            case ANTHROPIC -> new ApiError(401, "x-api-key header is required", "authentication_error", null, null);
            case GEMINI -> new ApiError(403, "Method doesn't allow unregistered callers (callers without established identity). "
                    + "Please use API Key or other form of API consumer identity to call this API.", "PERMISSION_DENIED", null, null);
            case OPENAI -> ApiError.missingKey();
        };
    }

    private static Optional<String> queryKey(String rawQuery) {
        if (rawQuery == null) return Optional.empty();
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("key=") && pair.length() > 4) return Optional.of(URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }
}
