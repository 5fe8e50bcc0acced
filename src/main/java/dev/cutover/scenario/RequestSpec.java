package dev.cutover.scenario;

import java.util.Map;

/**
 * What the client sends in one step. Either {@code endpoint} (logical, mapped by the target's API style)
 * or {@code path} (raw) is set. {@code body} is a plain JSON-like value with ${...} variables unresolved.
 */
public record RequestSpec(
        Endpoint endpoint,
        String path,
        String method,
        String model,
        Map<String, String> headers,
        Object body,
        AuthMode auth,
        int timeoutMs,
        boolean marker) {

    public static final int DEFAULT_TIMEOUT_MS = 30_000;

    public String effectiveMethod() {
        if (method != null) return method;
        return endpoint == null ? "GET" : endpoint.defaultMethod();
    }
}
