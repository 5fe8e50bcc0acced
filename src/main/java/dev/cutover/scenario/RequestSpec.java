package dev.cutover.scenario;

import dev.cutover.wire.Endpoint;
import java.util.Map;

/**
 * What the client sends in one step. Either {@code endpoint} (logical, mapped by the target's API style)
 * or {@code path} (raw) is set. {@code body} is a plain JSON-like value with ${...} variables unresolved.
 *
 * @param keyName     with {@code auth = NAMED}: which of the target's named keys to send
 * @param repeat      send again until a status appears (a burst against a rate limit), or null
 * @param bypassCache add the target's cache-bypass header
 * @param padWords    filler words appended to the last user message or the embedding input: a prompt past a
 *                    context window without a megabyte of scenario file; 0 for none
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
        boolean marker,
        String keyName,
        Repeat repeat,
        boolean bypassCache,
        int padWords) {

    /** Send up to {@code max} times, stopping at the first answer with {@code untilStatus}. */
    public record Repeat(int max, int untilStatus) {}

    public static final int DEFAULT_TIMEOUT_MS = 30_000;
    /** pad_words: a few hundred thousand words pass any context window up to 200,000 tokens, in under a megabyte. */
    public static final int MAX_PAD_WORDS = 500_000;

    /** A request without filler words. */
    public RequestSpec(Endpoint endpoint, String path, String method, String model, Map<String, String> headers, Object body,
                       AuthMode auth, int timeoutMs, boolean marker, String keyName, Repeat repeat, boolean bypassCache) {
        this(endpoint, path, method, model, headers, body, auth, timeoutMs, marker, keyName, repeat, bypassCache, 0);
    }

    /** A plain request to a logical endpoint with the target's own key and the marker (load runs, probes). */
    public static RequestSpec of(Endpoint endpoint, Object body, int timeoutMs) {
        return new RequestSpec(endpoint, null, null, null, Map.of(), body, AuthMode.DEFAULT, timeoutMs, true, null, null,
                false);
    }

    public String effectiveMethod() {
        if (method != null) return method;
        return endpoint == null ? "GET" : endpoint.defaultMethod();
    }
}
