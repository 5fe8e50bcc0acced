package dev.cutover.overhead;

import dev.cutover.stats.Distribution;

/**
 * One measure (latency, or time to first token) for both sides of the same pairs, and the distribution
 * of the paired differences. {@code added.p50} is the median of (gateway − direct) per pair, which is
 * not the same as {@code gateway.p50 − direct.p50}: pairing cancels what both calls of a pair share
 * (a busy moment on the machine, a GC pause in the mock). In milliseconds.
 */
public record Comparison(Distribution direct, Distribution gateway, Distribution added) {}
