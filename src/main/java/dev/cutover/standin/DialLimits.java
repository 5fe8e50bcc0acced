package dev.cutover.standin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DIAL core's per-key limits (limiter/RateLimiter, TokenRateLimit, RequestRateLimit): which limit applies to a key
 * for a deployment, tokens per minute and per day, requests per hour and per day, each counted per project and
 * deployment in a sliding window of 60 (minute, hour) or 24 (day) slots, and DIAL's messages, which name the
 * real limits (an unset day limit shows as 9223372036854775807).
 */
final class DialLimits {
    /** What DIAL answers instead of calling the provider. */
    record Refusal(int status, String message) {}

    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;
    private static final long DAY = 86_400_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * RateLimiter.getLimitByUser: the role's limit for the deployment (for a model with userRoles, only if the
     * role is one of them); a role without one falls back to the default role's, and that to unlimited. So since
     * 0.17 a key without a limit is let through; only a limit that is not positive refuses it.
     */
    static DialConfig.Limit limitFor(DialConfig.Key key, DialConfig.Deployment d) {
        DialConfig.Limit fallback = DialConfig.ROLES.getOrDefault(DialConfig.DEFAULT_ROLE, Map.of())
                .getOrDefault(d.name(), DialConfig.Limit.UNLIMITED);
        if (!d.visibleTo(key.role())) return fallback;
        DialConfig.Limit own = DialConfig.ROLES.getOrDefault(key.role(), Map.of()).get(d.name());
        return own == null ? fallback : own;
    }

    /** Checked before the provider is called; a request within its limits is counted (RequestRateLimit.check). */
    Optional<Refusal> check(DialConfig.Key key, DialConfig.Deployment d) {
        DialConfig.Limit limit = limitFor(key, d);
        if (!limit.positive()) return Optional.of(new Refusal(403, "Access denied"));
        long now = System.currentTimeMillis();
        String at = key.project() + "/" + d.name();
        long minuteTokens = window(at + "/tokens/minute", MINUTE, 60).total(now);
        long dayTokens = window(at + "/tokens/day", DAY, 24).total(now);
        if (minuteTokens >= limit.minute() || dayTokens >= limit.day()) {
            return Optional.of(new Refusal(429, String.format(
                    "Hit token rate limit. Minute limit: %d / %d tokens. Day limit: %d / %d tokens.",
                    minuteTokens, limit.minute(), dayTokens, limit.day())));
        }
        Window hour = window(at + "/requests/hour", HOUR, 60);
        Window day = window(at + "/requests/day", DAY, 24);
        synchronized (this) {
            long hourRequests = hour.total(now);
            long dayRequests = day.total(now);
            if (hourRequests >= limit.requestHour() || dayRequests >= limit.requestDay()) {
                return Optional.of(new Refusal(429, String.format(
                        "Hit request rate limit. Hour limit: %d / %d requests. Day limit: %d / %d requests.",
                        hourRequests, limit.requestHour(), dayRequests, limit.requestDay())));
            }
            hour.add(now, 1);
            day.add(now, 1);
        }
        return Optional.empty();
    }

    /** After a 200: the reply's {@code usage.total_tokens} count against the key (RateLimiter.increase). */
    void spent(DialConfig.Key key, DialConfig.Deployment d, long totalTokens) {
        if (totalTokens <= 0) return;
        long now = System.currentTimeMillis();
        String at = key.project() + "/" + d.name();
        window(at + "/tokens/minute", MINUTE, 60).add(now, totalTokens);
        window(at + "/tokens/day", DAY, 24).add(now, totalTokens);
    }

    private Window window(String name, long length, int slots) {
        return windows.computeIfAbsent(name, n -> new Window(length / slots, slots));
    }

    /** RateBucket: the sum over the last {@code slots} slots of {@code slotMs}, the current one included. */
    private static final class Window {
        private final long slotMs;
        private final int slots;
        private final Deque<long[]> counts = new ArrayDeque<>(); // {slot, amount}, oldest first

        Window(long slotMs, int slots) {
            this.slotMs = slotMs;
            this.slots = slots;
        }

        synchronized long total(long now) {
            long current = now / slotMs;
            while (!counts.isEmpty() && counts.peekFirst()[0] <= current - slots) counts.removeFirst();
            return counts.stream().mapToLong(c -> c[1]).sum();
        }

        synchronized void add(long now, long amount) {
            long slot = now / slotMs;
            total(now);
            if (!counts.isEmpty() && counts.peekLast()[0] == slot) counts.peekLast()[1] += amount;
            else counts.addLast(new long[] {slot, amount});
        }
    }
}
