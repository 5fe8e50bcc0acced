package dev.cutover.standin;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The LiteLLM router's deployment cooldown, per its documented settings (docs.litellm.ai/docs/routing#cooldowns:
 * {@code allowed_fails}, {@code cooldown_time} 5 s by default, {@code disable_cooldowns}) and the rules of its
 * router_utils/cooldown_handlers.py. A cooled-down deployment is left out of every pick until its time is up.
 * Only errors that call for a cooldown count: 429, 401, 404, 408 and 5xx, never a connection error.
 * <ul>
 *   <li>{@code allowed_fails} set (to anything but LiteLLM's own default, 3): a deployment with more than that
 *       many such failures, each within {@code cooldown_time} of the one before, cools down.</li>
 *   <li>otherwise, for a model group of one deployment (every group the stand-in has): a 429 or a high failure
 *       rate does not cool it down (the router would have nothing left to route to), but an error LiteLLM does
 *       not retry (401, 404) does, as does 100 % failures over at least 1,000 requests in the minute.</li>
 * </ul>
 * State is per deployment (one per model here), shared by all keys.
 */
final class RouterCooldown {
    /** Router settings; {@code allowedFails} null means not set. */
    record Settings(Integer allowedFails, Duration cooldownTime, boolean disabled) {
        static final Settings DEFAULTS = new Settings(null, Duration.ofSeconds(5), false);
    }

    /** litellm.allowed_fails: a router given this value behaves as if none were set (_is_allowed_fails_set_on_router). */
    private static final int LITELLM_DEFAULT_ALLOWED_FAILS = 3;
    private static final int SINGLE_DEPLOYMENT_TRAFFIC_FAILURE_THRESHOLD = 1000;
    private static final long MINUTE_MS = 60_000;

    private record Fails(int count, long expiresAt) {}

    private record Minute(long minute, int successes, int failures) {}

    private final Settings settings;
    private final LongSupplier clock;
    private final Map<String, Long> coolingUntil = new ConcurrentHashMap<>();
    private final Map<String, Fails> fails = new ConcurrentHashMap<>();
    private final Map<String, Minute> minutes = new ConcurrentHashMap<>();

    RouterCooldown(Settings settings, LongSupplier clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Settings settings() {
        return settings;
    }

    /** Whether the deployment is cooling down now. */
    boolean cooling(String deployment) {
        Long until = coolingUntil.get(deployment);
        return until != null && clock.getAsLong() < until;
    }

    void succeeded(String deployment) {
        count(deployment, true);
    }

    /** @param status the provider's error status, 408 for a timeout, 0 when no answer came (APIConnectionError) */
    void failed(String deployment, int status) {
        count(deployment, false);
        if (settings.disabled() || !cooldownRequired(status)) return;
        long now = clock.getAsLong();
        Integer allowed = settings.allowedFails();
        boolean cool;
        if (allowed != null && allowed != LITELLM_DEFAULT_ALLOWED_FAILS) {
            Fails before = fails.get(deployment);
            int updated = (before == null || now >= before.expiresAt() ? 0 : before.count()) + 1;
            cool = updated > allowed;
            if (!cool) fails.put(deployment, new Fails(updated, now + settings.cooldownTime().toMillis()));
        } else {
            Minute m = minutes.get(deployment);
            int total = m.successes() + m.failures();
            cool = (m.failures() == total && total >= SINGLE_DEPLOYMENT_TRAFFIC_FAILURE_THRESHOLD) || !retried(status);
        }
        if (cool) coolingUntil.put(deployment, now + settings.cooldownTime().toMillis());
    }

    /** _is_cooldown_required: 429, 401, 408, 404 and 5xx; other 4xx and connection errors never. */
    private static boolean cooldownRequired(int status) {
        if (status == 0) return false;
        if (status >= 400 && status < 500) return status == 429 || status == 401 || status == 408 || status == 404;
        return true;
    }

    /** litellm._should_retry. */
    private static boolean retried(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    private void count(String deployment, boolean success) {
        long minute = clock.getAsLong() / MINUTE_MS;
        minutes.compute(deployment, (d, m) -> {
            Minute cur = m == null || m.minute() != minute ? new Minute(minute, 0, 0) : m;
            return success ? new Minute(minute, cur.successes() + 1, cur.failures())
                    : new Minute(minute, cur.successes(), cur.failures() + 1);
        });
    }
}
