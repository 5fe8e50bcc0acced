package dev.cutover.target;

/** What stands behind a target: cutover's scripted mock provider, or real providers. */
public enum Upstream { MOCK, REAL }
