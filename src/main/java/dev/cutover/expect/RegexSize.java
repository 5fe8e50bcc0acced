package dev.cutover.expect;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * About how many instructions a regex compiles to, read from its text before RE2/J sees it. RE2/J has no cap
 * of its own (C++ RE2 has one): {@code (((a{1000}){1000}){1000})} exhausts the heap while compiling, and the
 * time to match grows with the program. Counted repetitions multiply what they repeat, nested ones multiply
 * again; everything else counts one. Iterative, so that a pattern of 100,000 opening brackets cannot overflow
 * the stack here either.
 */
final class RegexSize {
    /** Room for RE2's largest single repetition ({@code x{1000}}) twice over; real checks need a few dozen. */
    static final long MAX = 2_000;
    private static final Pattern COUNT = Pattern.compile("\\{(\\d{1,7})(,(\\d{0,7}))?}");
    private static final long CAP = 1_000_000_000_000L;

    private RegexSize() {}

    /** One group being read: the alternatives so far, the current sequence, and the size of its last atom. */
    private static final class Frame {
        long alternatives;
        long sequence;
        long last;

        void add(long size) {
            sequence = Math.min(CAP, sequence + size);
            last = size;
        }
    }

    static long estimate(String regex) {
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame());
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            Frame f = open.peek();
            if (c == '\\') {
                i = escapeEnd(regex, i);
                f.add(1);
            } else if (c == '[') {
                i = classEnd(regex, i);
                f.add(1);
            } else if (c == '(') {
                open.push(new Frame());
                i++;
            } else if (c == ')' && open.size() > 1) {
                Frame done = open.pop();
                open.peek().add(Math.min(CAP, done.alternatives + done.sequence + 1));
                i++;
            } else if (c == '|') {
                f.alternatives = Math.min(CAP, f.alternatives + f.sequence);
                f.sequence = 0;
                f.last = 0;
                i++;
            } else if (c == '{' && counted(regex, i) != null) {
                Matcher m = counted(regex, i);
                long n = Long.parseLong(m.group(1));
                long times = m.group(2) == null ? n : m.group(3).isEmpty() ? n + 1 : Math.max(n, Long.parseLong(m.group(3)));
                long grown = Math.min(CAP, f.last * Math.max(1, times));
                f.sequence = Math.min(CAP, f.sequence - f.last + grown);
                f.last = grown;
                i = m.end();
            } else {
                f.add(c == '*' || c == '+' || c == '?' ? 0 : 1);
                i++;
            }
        }
        long total = 0;
        while (!open.isEmpty()) {
            Frame f = open.pop();
            total = Math.min(CAP, total + f.alternatives + f.sequence);
        }
        return total;
    }

    private static Matcher counted(String regex, int at) {
        Matcher m = COUNT.matcher(regex).region(at, regex.length());
        return m.lookingAt() ? m : null;
    }

    /** Past an escape: {@code \d}, {@code \p{Greek}}, {@code \x{263a}}. */
    private static int escapeEnd(String regex, int at) {
        if (at + 1 >= regex.length()) return regex.length();
        char e = regex.charAt(at + 1);
        int i = at + 2;
        if ((e == 'p' || e == 'P' || e == 'x') && i < regex.length() && regex.charAt(i) == '{') {
            int close = regex.indexOf('}', i);
            return close < 0 ? regex.length() : close + 1;
        }
        return i;
    }

    /** Past a character class, which matches one character whatever it lists. */
    private static int classEnd(String regex, int at) {
        int i = at + 1;
        if (i < regex.length() && regex.charAt(i) == '^') i++;
        if (i < regex.length() && regex.charAt(i) == ']') i++;
        while (i < regex.length() && regex.charAt(i) != ']') {
            if (regex.charAt(i) == '\\') i++;
            else if (regex.startsWith("[:", i)) i = Math.max(i, regex.indexOf(":]", i + 2) + 1);
            i++;
        }
        return Math.min(i + 1, regex.length());
    }
}
