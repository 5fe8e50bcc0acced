package dev.cutover.scenario;

/** Which key a request carries: the target's own, none at all, a wrong one, or one of its named keys. */
public enum AuthMode { DEFAULT, NONE, INVALID, NAMED }
