package dev.cutover.verdict;

/** The answer to "is it safe to move our traffic from baseline to candidate?". */
public enum Verdict {
    GO("GO"), GO_WITH_WARNINGS("GO WITH WARNINGS"), NO_GO("NO-GO");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
