package dev.cutover.overhead;

import dev.cutover.stats.Distribution;
import dev.cutover.stats.HistogramRanks;
import org.HdrHistogram.Histogram;

/**
 * Paired differences (gateway − direct) in nanoseconds. They can be negative — a gateway answer may beat
 * its direct twin when the machine hiccups on the direct call — and HdrHistogram holds only values ≥ 0,
 * so negatives go into a second histogram by magnitude, and the summary ranks both together.
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

    /** In milliseconds, by {@link Distribution}'s rule over all differences in rank order; the mean is exact. */
    Distribution summary() {
        long n = count();
        if (n == 0) return Distribution.EMPTY;
        HistogramRanks neg = HistogramRanks.of(negative);
        HistogramRanks pos = HistogramRanks.of(positive);
        long negatives = neg.count();
        // Negatives in ascending order run from the largest magnitude down: the k-th smallest value overall
        // (k < negatives) is minus the (negatives − 1 − k)-th smallest magnitude.
        return Distribution.ofRanked(n, k -> (k < negatives ? -neg.valueAt(negatives - 1 - k) : pos.valueAt(k - negatives)) / 1e6,
                sum / (double) n / 1e6);
    }
}
