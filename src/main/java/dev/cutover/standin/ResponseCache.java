package dev.cutover.standin;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** An exact-match response cache keyed on path and request body bytes; bounded, oldest entries dropped first. */
final class ResponseCache {
    private static final int MAX_ENTRIES = 2_000;

    /** A cached 200 answer: its body (JSON or the whole event stream), content type, and what it cost. */
    record Entry(byte[] body, String contentType, BigDecimal cost, String model) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    static String key(String path, byte[] body) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(path.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(body);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    synchronized Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(String key, Entry entry) {
        entries.put(key, entry);
    }
}
