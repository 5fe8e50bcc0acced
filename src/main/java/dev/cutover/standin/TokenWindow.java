package dev.cutover.standin;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Per-key usage in the current fixed one-minute window (requests or tokens), as gateways' minute limits count. */
final class TokenWindow {
    private static final long WINDOW_MS = 60_000;

    private record Slot(long startMs, long used) {}

    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    /** What the key used in the current window. */
    long used(String key) {
        Slot s = current(key);
        return s.used();
    }

    void add(String key, long amount) {
        long now = System.currentTimeMillis();
        slots.compute(key, (k, s) -> s == null || now - s.startMs() >= WINDOW_MS
                ? new Slot(now, amount) : new Slot(s.startMs(), s.used() + amount));
    }

    /** Adds one if the key is below the limit; false (and nothing added) otherwise. */
    boolean tryTake(String key, long limit) {
        long now = System.currentTimeMillis();
        boolean[] taken = {false};
        slots.compute(key, (k, s) -> {
            Slot cur = s == null || now - s.startMs() >= WINDOW_MS ? new Slot(now, 0) : s;
            if (cur.used() >= limit) return cur;
            taken[0] = true;
            return new Slot(cur.startMs(), cur.used() + 1);
        });
        return taken[0];
    }

    /** Whole seconds until the key's window starts over (at least 1). */
    long secondsToReset(String key) {
        Slot s = current(key);
        long left = WINDOW_MS - (System.currentTimeMillis() - s.startMs());
        return Math.max(1, (left + 999) / 1000);
    }

    private Slot current(String key) {
        long now = System.currentTimeMillis();
        Slot s = slots.get(key);
        return s == null || now - s.startMs() >= WINDOW_MS ? new Slot(now, 0) : s;
    }
}
