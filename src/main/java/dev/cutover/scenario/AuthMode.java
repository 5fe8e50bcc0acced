package dev.cutover.scenario;

/** Which key a request carries: the target's own, none at all, or a wrong one. */
public enum AuthMode { DEFAULT, NONE, INVALID }
