package dev.cutover.verdict;

/**
 * The answer to "is it safe to move our traffic from baseline to candidate?": of a compare (scenarios) and of a load
 * run against a baseline alike.
 */
public enum Verdict {
    GO("GO"), GO_WITH_WARNINGS("GO WITH WARNINGS"), NO_GO("NO-GO"),
    /** Nothing blocking was found, but too little ran to say GO: a verdict never rests on evidence it did not gather. */
    INCONCLUSIVE("INCONCLUSIVE");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The rule every verdict follows: anything blocking is NO-GO; otherwise any warning makes GO WITH WARNINGS. */
    public static Verdict of(boolean blocking, boolean warnings) {
        return of(blocking, false, warnings);
    }

    /** Blocking first, then what did not run (INCONCLUSIVE, never GO), then warnings. */
    public static Verdict of(boolean blocking, boolean inconclusive, boolean warnings) {
        return blocking ? NO_GO : inconclusive ? INCONCLUSIVE : warnings ? GO_WITH_WARNINGS : GO;
    }
}
