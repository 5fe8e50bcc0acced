package dev.cutover.importer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns model names into file-name and logical-name words ({@code claude-3.5-sonnet} → {@code claude-3-5-sonnet}),
 * unique within one import so that two names never share a file.
 */
final class Slugs {
    private final Set<String> used = new HashSet<>();

    static String of(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "model" : s;
    }

    /** The slug of {@code text}, with -2, -3, ... when an earlier name took it. */
    String unique(String text) {
        String base = of(text);
        String s = base;
        for (int i = 2; !used.add(s); i++) s = base + "-" + i;
        return s;
    }
}
