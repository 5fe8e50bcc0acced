package dev.cutover.run;

/** How one scenario ended against one target. */
public enum Status {
    PASSED,
    FAILED,
    /** The target does not claim a feature the scenario needs, or cannot run it (e.g. no scripted upstream). */
    NOT_SUPPORTED,
    /** The scenario could not be run at all: its file is broken, or the runner itself failed. */
    ERROR
}
