package dev.cutover.mock;

import java.util.concurrent.locks.LockSupport;

/** Waiting until absolute deadlines, so that one late wake-up does not delay everything after it. */
final class Clock {
    private Clock() {}

    /** Waits; an interrupt (the mock is closing) drops the connection rather than spinning until the deadline. */
    static void waitUntil(long deadlineNanos) {
        // parkNanos may return early (spurious wake-ups), hence the loop; it ends at the fixed deadline.
        for (long left = deadlineNanos - System.nanoTime(); left > 0; left = deadlineNanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) throw new Abort("mock closing");
        }
    }

    static long afterMs(long startNanos, long ms) {
        return startNanos + ms * 1_000_000L;
    }
}
