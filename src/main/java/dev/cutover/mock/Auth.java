package dev.cutover.mock;

import dev.cutover.wire.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** OpenAI's key check: {@code Authorization: Bearer <key>} or Azure's {@code api-key: <key>}. */
final class Auth {
    private Auth() {}

    /** The 401 to send, if the request has no acceptable key; with {@code expected} null any key passes. */
    static Optional<ApiError> check(Headers headers, String expected) {
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
