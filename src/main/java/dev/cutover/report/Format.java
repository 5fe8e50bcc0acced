package dev.cutover.report;

import dev.cutover.run.Status;
import java.util.Locale;

/** Wording shared by the human-readable reports, so HTML and Markdown say the same thing. */
final class Format {
    private Format() {}

    static String label(Status s) {
        return switch (s) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case NOT_SUPPORTED -> "not supported";
            case KNOWN_DIFFERENCE -> "known difference";
            case ERROR -> "error";
        };
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** Milliseconds under a second, seconds with one decimal above. */
    static String duration(double ms) {
        if (ms < 1000) return String.format(Locale.ROOT, "%.0f ms", ms);
        return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }

    static String ms(double ms) {
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }

    static String verdict(RunReport r) {
        return (r.allPassed() ? "PASS" : "FAIL") + " — " + verdictDetail(r);
    }

    /** The verdict's counts in words: "88 of 113 scenarios passed, 8 not supported, 17 known differences". */
    static String verdictDetail(RunReport r) {
        int total = r.outcomes().size();
        String ns = (r.count(Status.NOT_SUPPORTED) == 0 ? "" : ", " + r.count(Status.NOT_SUPPORTED) + " not supported")
                + (r.count(Status.KNOWN_DIFFERENCE) == 0 ? "" : ", " + r.count(Status.KNOWN_DIFFERENCE) + " known differences");
        if (r.allPassed()) return r.count(Status.PASSED) + " of " + total + " scenarios passed" + ns;
        return r.count(Status.FAILED) + " failed, " + r.count(Status.ERROR) + " errored, "
                + r.count(Status.PASSED) + " passed of " + total + " scenarios" + ns;
    }

    /** A share as a whole percentage, rounded down: 99.6 % of the scenarios is not all of them. */
    static String percent(double share) {
        return (int) Math.floor(share * 100 + 1e-9) + " %";
    }

    /** "1 scenario", "3 scenarios". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The first line only: table cells and one-line lists have no room for a stack of text. */
    static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip() + " …";
    }
}
