package dev.cutover.yaml;

/**
 * The globs people write in cutover's files and flags — scenario ids ({@code --scenario errors-429-*}, a plan's
 * ids), a route's models ({@code gpt-*}), a waiver's difference path — matched without a regex. Each was turned into
 * {@code .*} per star for {@code java.util.regex}, which backtracks: {@code --scenario '****…x'} (a star held down)
 * ran for ever at full CPU, and a waiver's stars against the field paths a gateway's answer names could too. This
 * matcher keeps only the last star to go back to, so a match costs at most text length × glob length steps.
 */
public final class Glob {
    private Glob() {}

    /** Whether {@code glob} matches all of {@code text}: {@code *} any run of characters, everything else itself. */
    public static boolean matches(String glob, String text) {
        return matches(glob, text, false);
    }

    /** As {@link #matches(String, String)}, and {@code ?} any one character. */
    public static boolean matchesWithAnyChar(String glob, String text) {
        return matches(glob, text, true);
    }

    private static boolean matches(String glob, String text, boolean anyChar) {
        int g = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                resume = t;
            } else if (g < glob.length() && (glob.charAt(g) == text.charAt(t) || anyChar && glob.charAt(g) == '?')) {
                g++;
                t++;
            } else if (star >= 0) {
                // The last star takes one more character; the stars before it never need to give any back.
                g = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') g++;
        return g == glob.length();
    }
}
