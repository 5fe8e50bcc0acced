package dev.cutover.mock;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * How late the mock wrote each part of its answers against the part's deadline, in microseconds: its own
 * account of whether it kept the scripted timing, independent of any client's clock and scheduling. A
 * part due at once (a whole JSON answer) counts from the request's arrival, so this includes the mock's
 * own work on the request too.
 */
public final class Lateness {
    private final Recorder recorder = new Recorder(3);

    void record(long lateNanos) {
        recorder.recordValue(Math.max(0, lateNanos / 1000));
    }

    /** What was recorded since the last call (or since the mock started), in microseconds; starts a new interval. */
    public Histogram takeMicros() {
        return recorder.getIntervalHistogram();
    }
}
