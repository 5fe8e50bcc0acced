package dev.cutover.mock;

import dev.cutover.wire.ProviderScript;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The scripts registered per exchange key, and how many scripted requests each key has had (for fail_times). */
final class ScriptBook {
    private final Map<String, ProviderScript> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    void put(String key, ProviderScript script) {
        scripts.put(key, script);
    }

    ProviderScript get(String key) {
        return key == null ? null : scripts.get(key);
    }

    /** Counts one more request for the key and returns its 1-based number. */
    int nextAttempt(String key) {
        return attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    void forget(String key) {
        scripts.remove(key);
        attempts.remove(key);
    }
}
