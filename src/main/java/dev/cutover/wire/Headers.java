package dev.cutover.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** HTTP headers with case-insensitive names, every value kept in arrival order. */
public record Headers(Map<String, List<String>> values) {

    public static final Headers EMPTY = new Headers(Map.of());

    public Headers {
        // One pass, one copy: the mock builds this for every request it serves.
        Map<String, List<String>> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k == null) return;
            String name = k.toLowerCase(Locale.ROOT);
            List<String> had = copy.get(name);
            if (had == null) {
                copy.put(name, List.copyOf(v));
            } else {
                List<String> both = new ArrayList<>(had);
                both.addAll(v);
                copy.put(name, List.copyOf(both));
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static Headers of(Map<String, ? extends List<String>> raw) {
        return new Headers(new TreeMap<>(raw));
    }

    public Optional<String> first(String name) {
        List<String> v = values.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    public List<String> all(String name) {
        return values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name.toLowerCase(Locale.ROOT));
    }
}
