package dev.cutover.overhead;

import org.HdrHistogram.Histogram;

/** A latency distribution in milliseconds, summarised at the percentiles the report shows. */
public record Distribution(long count, double min, double p50, double p90, double p99, double max, double mean) {

    static final Distribution EMPTY = new Distribution(0, 0, 0, 0, 0, 0, 0);

    /** From a histogram of nanoseconds. */
    static Distribution of(Histogram h) {
        if (h.getTotalCount() == 0) return EMPTY;
        return new Distribution(h.getTotalCount(), ms(h.getMinValue()), ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), h.getMean() / 1e6);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
