package dev.cutover.run;

/** How one scenario ended against one target. */
public enum Status {
    PASSED,
    FAILED,
    /** The target does not claim a feature the scenario needs, or cannot run it (e.g. no scripted upstream). */
    NOT_SUPPORTED,
    /**
     * Failed exactly as the target's checked-in known-differences file says it does: recorded, not hidden,
     * and not a failure of the run. If the gateway changes and the scenario passes or fails differently,
     * it is FAILED again.
     */
    KNOWN_DIFFERENCE,
    /** The scenario could not be run at all: its file is broken, or the runner itself failed. */
    ERROR
}
