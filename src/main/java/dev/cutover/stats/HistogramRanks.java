package dev.cutover.stats;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A histogram's values by rank: {@link #valueAt}(k) is the k-th smallest value recorded (k from 0), each the highest
 * value of its bucket, as HdrHistogram reports its own percentiles. Read once from the histogram (one entry per
 * bucket in use), so that a percentile costs a binary search rather than a walk over the histogram.
 */
public final class HistogramRanks {
    private final long[] values;
    /** cumulative[i]: values recorded up to and including bucket i. */
    private final long[] cumulative;

    private HistogramRanks(long[] values, long[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    public static HistogramRanks of(Histogram h) {
        int buckets = 0;
        for (HistogramIterationValue ignored : h.recordedValues()) buckets++;
        long[] values = new long[buckets];
        long[] cumulative = new long[buckets];
        int i = 0;
        for (HistogramIterationValue v : h.recordedValues()) {
            values[i] = h.highestEquivalentValue(v.getValueIteratedTo());
            cumulative[i] = v.getTotalCountToThisValue();
            i++;
        }
        return new HistogramRanks(values, cumulative);
    }

    public long count() {
        return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    }

    /** @param rank from 0 to count − 1 */
    public long valueAt(long rank) {
        if (rank < 0 || rank >= count()) throw new IndexOutOfBoundsException("rank " + rank + " of " + count());
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) { // the first bucket whose cumulative count passes the rank
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > rank) hi = mid;
            else lo = mid + 1;
        }
        return values[lo];
    }
}
