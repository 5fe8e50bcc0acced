package dev.cutover.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers shaped like OpenAI's (a prefix and random letters and digits). While an {@link AnswerMemo} builds a
 * template, the identifiers made on its thread are noted, so that each later copy of the answer gets fresh ones.
 */
final class Ids {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final ThreadLocal<List<Made>> NOTED = new ThreadLocal<>();

    /** One identifier as made: what a fresh one in its place must look like. */
    record Made(String id, String prefix, int length) {}

    private Ids() {}

    static String next(String prefix, int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(prefix.length() + length).append(prefix);
        for (int i = 0; i < length; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        String id = sb.toString();
        List<Made> noted = NOTED.get();
        if (noted != null) noted.add(new Made(id, prefix, length));
        return id;
    }

    /** Runs {@code work} and returns the identifiers it made on this thread, in order. */
    static List<Made> noting(Runnable work) {
        List<Made> noted = new ArrayList<>(2);
        List<Made> outer = NOTED.get();
        NOTED.set(noted);
        try {
            work.run();
        } finally {
            NOTED.set(outer);
        }
        return noted;
    }
}
