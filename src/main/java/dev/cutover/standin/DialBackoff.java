package dev.cutover.standin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * DIAL core's upstream back-off (upstream/UpstreamState, kept per deployment by UpstreamRouteProvider's
 * balancers, across requests and keys): a provider 429 puts the upstream out for its {@code Retry-After} in
 * whole seconds (30 s when absent or not a number); every 5xx counts an error, and from the third on the
 * upstream is out for 2^errors seconds, at most 5 minutes; a 200 clears both. While it is out, DIAL answers
 * {@code 502 No route} without calling the provider. The stand-in has one upstream per deployment, as the
 * shipped configs do.
 *
 * <p>With {@code persistent} false every request starts from a clean state, as if each ran on a freshly
 * started DIAL: the back-off still ends the request's own retries, but no later request sees it.
 */
final class DialBackoff {
    static final long DEFAULT_RETRY_AFTER_S = 30;
    static final int ERROR_THRESHOLD = 3;
    private static final long INITIAL_MS = 1_000;
    private static final long MAX_MS = 5 * 60 * 1_000;

    private final boolean persistent;
    private final LongSupplier clock;
    private final Map<String, Upstream> upstreams = new ConcurrentHashMap<>();

    DialBackoff(boolean persistent) {
        this(persistent, System::currentTimeMillis);
    }

    DialBackoff(boolean persistent, LongSupplier clock) {
        this.persistent = persistent;
        this.clock = clock;
    }

    boolean persistent() {
        return persistent;
    }

    /** The deployment's upstream state this request works with: shared, or fresh per request when not persistent. */
    Upstream upstream(String deployment) {
        return persistent ? upstreams.computeIfAbsent(deployment, d -> new Upstream(clock)) : new Upstream(clock);
    }

    /** One upstream's state; thread-safe, since concurrent requests share it. */
    static final class Upstream {
        private final LongSupplier clock;
        private int errors;
        private long outUntil = -1;

        private Upstream(LongSupplier clock) {
            this.clock = clock;
        }

        synchronized boolean available() {
            return outUntil < 0 || clock.getAsLong() > outUntil;
        }

        /** UpstreamState.failed: 429 and 5xx; {@code retryAfter} is the provider's header value, or null. */
        synchronized void failed(int status, String retryAfter) {
            if (status == 429) outUntil = clock.getAsLong() + Math.max(retryAfterSeconds(retryAfter), 0) * 1000;
            if (status >= 500 && status < 600 && ++errors >= ERROR_THRESHOLD) {
                outUntil = clock.getAsLong() + Math.min(INITIAL_MS * (1L << Math.min(errors, 30)), MAX_MS);
            }
        }

        synchronized void succeeded() {
            errors = 0;
            outUntil = -1;
        }

        /** How long it is still out, 0 when available; for the log. */
        synchronized long outForMs() {
            return available() ? 0 : outUntil - clock.getAsLong();
        }

        /** UpstreamRoute.calculateRetryAfterSeconds: a whole number of seconds, else the default. */
        private static long retryAfterSeconds(String header) {
            if (header == null) return DEFAULT_RETRY_AFTER_S;
            try {
                return Long.parseLong(header.trim());
            } catch (NumberFormatException notSeconds) {
                return DEFAULT_RETRY_AFTER_S;
            }
        }
    }
}
