package dev.cutover.mock;

import dev.cutover.wire.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OpenAI's key check: {@code Authorization: Bearer <key>} or Azure's {@code api-key: <key>}. Behind DIAL core,
 * which calls its adapter with {@code Api-Key: <a per-request DIAL key>} and the upstream's own key in
 * {@value #UPSTREAM_KEY}, the provider key is that header alone: the per-request key is DIAL's, never the
 * provider's, so accepting it would let a request through that no adapter could have sent on.
 */
final class Auth {
    /** DIAL core's adapter protocol: the key of the upstream it chose (Proxy.HEADER_UPSTREAM_KEY). */
    static final String UPSTREAM_KEY = "x-upstream-key";

    private Auth() {}

    /** The 401 to send, if the request has no acceptable key; with {@code expected} null any key passes. */
    static Optional<ApiError> check(Headers headers, String expected) {
        if (headers.first(Front.UPSTREAM_ENDPOINT).isPresent() || headers.first(UPSTREAM_KEY).isPresent()) {
            String upstreamKey = headers.first(UPSTREAM_KEY).map(String::trim).orElse("");
            if (upstreamKey.isEmpty()) return Optional.of(ApiError.missingKey());
            return expected == null || expected.equals(upstreamKey) ? Optional.empty()
                    : Optional.of(ApiError.wrongKey(upstreamKey));
        }
        List<String> presented = new ArrayList<>();
        for (String value : headers.all("authorization")) {
            if (value.regionMatches(true, 0, "Bearer ", 0, 7) && !value.substring(7).isBlank()) {
                presented.add(value.substring(7).trim());
            }
        }
        for (String value : headers.all("api-key")) if (!value.isBlank()) presented.add(value.trim());
        if (presented.isEmpty()) return Optional.of(ApiError.missingKey());
        if (expected == null || presented.contains(expected)) return Optional.empty();
        return Optional.of(ApiError.wrongKey(presented.get(0)));
    }
}
