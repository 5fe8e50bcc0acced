package dev.cutover.mock;

/** Deadlines on the {@link System#nanoTime()} clock: every time in an answer counts from the request's arrival. */
final class Clock {
    private Clock() {}

    static long afterMs(long startNanos, long ms) {
        return startNanos + ms * 1_000_000L;
    }
}
