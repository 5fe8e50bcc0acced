package dev.cutover.verdict;

/**
 * The answer to "is it safe to move our traffic from baseline to candidate?": of a compare (scenarios) and of a load
 * run against a baseline alike.
 */
public enum Verdict {
    GO("GO"), GO_WITH_WARNINGS("GO WITH WARNINGS"), NO_GO("NO-GO");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The rule every verdict follows: anything blocking is NO-GO; otherwise any warning makes GO WITH WARNINGS. */
    public static Verdict of(boolean blocking, boolean warnings) {
        return blocking ? NO_GO : warnings ? GO_WITH_WARNINGS : GO;
    }
}
