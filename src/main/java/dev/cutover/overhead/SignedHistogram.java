package dev.cutover.overhead;

import org.HdrHistogram.Histogram;

/**
 * Paired differences (gateway − direct) in nanoseconds. They can be negative — a gateway answer may beat
 * its direct twin when the machine hiccups on the direct call — and HdrHistogram holds only values ≥ 0,
 * so negatives go into a second histogram by magnitude; percentiles are taken across both in rank order.
 * (An offset would cost precision: HdrHistogram's resolution is relative to the value's size.)
 */
final class SignedHistogram {
    // Three significant digits: about 2 µs resolution at 2 ms. Auto-resizing, so no value is ever refused.
    private final Histogram negative = new Histogram(3);
    private final Histogram positive = new Histogram(3);
    private long sum;

    void record(long nanos) {
        if (nanos < 0) negative.recordValue(-nanos);
        else positive.recordValue(nanos);
        sum += nanos;
    }

    long count() {
        return negative.getTotalCount() + positive.getTotalCount();
    }

    /** The value at this percentile (0–100) of all recorded differences, in nanoseconds. */
    long percentile(double p) {
        long n = count();
        long neg = negative.getTotalCount();
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * n));
        if (rank <= neg) {
            // Negatives in ascending order run from the largest magnitude down: the rank-th smallest value
            // overall is the (neg - rank + 1)-th smallest magnitude.
            return -negative.getValueAtPercentile(100.0 * (neg - rank + 1) / neg);
        }
        return positive.getValueAtPercentile(100.0 * (rank - neg) / positive.getTotalCount());
    }

    Distribution summary() {
        long n = count();
        if (n == 0) return Distribution.EMPTY;
        long min = negative.getTotalCount() > 0 ? -negative.getMaxValue() : positive.getMinValue();
        long max = positive.getTotalCount() > 0 ? positive.getMaxValue() : -negative.getMinValue();
        return new Distribution(n, Distribution.ms(min), Distribution.ms(percentile(50)), Distribution.ms(percentile(90)),
                Distribution.ms(percentile(99)), Distribution.ms(max), sum / (double) n / 1e6);
    }
}
