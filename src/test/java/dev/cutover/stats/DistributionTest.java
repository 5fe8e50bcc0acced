package dev.cutover.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void matchesNumpysLinearInterpolation() {
        // numpy.percentile([12, 3.5, 7.25, 100, 8, 9.5, 1], [50, 90, 95, 99]) = 8, 47.2, 73.6, 94.72
        Distribution d = Distribution.of(List.of(12.0, 3.5, 7.25, 100.0, 8.0, 9.5, 1.0));
        assertEquals(8.0, d.p50(), 1e-9);
        assertEquals(47.2, d.p90(), 1e-9);
        assertEquals(73.6, d.p95(), 1e-9);
        assertEquals(94.72, d.p99(), 1e-9);
        assertEquals(1.0, d.min(), 0);
        assertEquals(100.0, d.max(), 0);
        assertEquals(7, d.count());
        assertEquals(141.25 / 7, d.mean(), 1e-9);
    }

    @Test
    void leavesTheCallersArrayInItsOrder() {
        double[] values = {3, 1, 2};
        Distribution.of(values);
        Distribution.median(values);
        assertArrayEquals(new double[] {3, 1, 2}, values);
    }

    @Test
    void emptyHasNoFigures() {
        assertEquals(0, Distribution.of(List.<Double>of()).count());
        assertTrue(Double.isNaN(Distribution.of(List.<Double>of()).p99()));
        assertEquals(Distribution.EMPTY, Distribution.of(new Histogram(3), 1));
        assertTrue(Double.isNaN(Distribution.median(new double[0])));
    }

    @Test
    void aHistogramGetsTheSameRuleAsTheSampleItHolds() {
        // Below 2048 a 3-digit histogram holds values exactly: both routes must give the same figures.
        double[] sample = new double[1000];
        Histogram h = new Histogram(3);
        for (int i = 0; i < sample.length; i++) {
            long v = (i * 37L) % 1999;
            sample[i] = v / 1000.0;
            h.recordValue(v);
        }
        Distribution fromSample = Distribution.of(sample);
        Distribution fromHistogram = Distribution.of(h, 1000);
        assertEquals(fromSample.count(), fromHistogram.count());
        for (int p : new int[] {50, 90, 95, 99}) assertEquals(fromSample.percentile(p), fromHistogram.percentile(p), 1e-12);
        assertEquals(fromSample.min(), fromHistogram.min(), 0);
        assertEquals(fromSample.max(), fromHistogram.max(), 0);
        assertEquals(fromSample.mean(), fromHistogram.mean(), 1e-9);
    }

    @Test
    void aHistogramValueIsTheHighestOfItsBucket() {
        Histogram h = new Histogram(3);
        h.recordValue(2_500_001); // buckets are 2048 ns wide up there: 3 significant digits
        Distribution d = Distribution.of(h, 1e6);
        assertEquals(h.getValueAtPercentile(50) / 1e6, d.p50(), 0);
        assertEquals(2.5, d.max(), 0.002);
    }

    @Test
    void histogramRanksCountEveryRecordedValue() {
        Histogram h = new Histogram(3);
        h.recordValueWithCount(5, 3);
        h.recordValue(9);
        HistogramRanks r = HistogramRanks.of(h);
        assertEquals(4, r.count());
        assertEquals(5, r.valueAt(0));
        assertEquals(5, r.valueAt(2));
        assertEquals(9, r.valueAt(3));
    }

    @Test
    void hodgesLehmannIsTheMedianPairwiseShift() {
        // every pair differs by 10 except one outlier pair: the shift stays 10
        double shift = HodgesLehmann.shift(new double[] {1, 2, 3, 4}, new double[] {11, 12, 13, 14});
        assertEquals(10.0, shift, 1e-9);
        assertEquals(10.0, HodgesLehmann.shift(new double[] {1, 2, 3, 4}, new double[] {11, 12, 13, 1000}), 1e-9);
    }
}
