package dev.cutover.verdict;

/** What a difference does to the verdict. */
public enum Impact {
    /** Makes the verdict NO-GO. */
    BLOCKING,
    /** Makes it GO WITH WARNINGS at worst. */
    WARNING,
    /** Listed in the report, no effect on the verdict. */
    NOTE,
    /** Better on the candidate: listed, never against the verdict. */
    IMPROVEMENT
}
