package dev.cutover.scenario;

/** Core behaviour every OpenAI-compatible target must have; extended behaviour some targets offer. */
public enum Level { CORE, EXTENDED }
