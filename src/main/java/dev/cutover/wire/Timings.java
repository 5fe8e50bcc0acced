package dev.cutover.wire;

/**
 * When things happened, in milliseconds since the request was sent. {@code firstTokenMs} is the
 * arrival of the first event with a non-empty content (or tool-call) delta, null when none came.
 */
public record Timings(double headersMs, Double firstTokenMs, double totalMs) {}
