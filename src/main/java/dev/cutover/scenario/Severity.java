package dev.cutover.scenario;

/** How much a failure of this scenario weighs in a verdict. */
public enum Severity { BLOCKER, MAJOR, MINOR }
