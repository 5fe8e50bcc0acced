package dev.cutover.load.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

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
    }

    @Test
    void emptyHasNoFigures() {
        assertEquals(0, Distribution.of(List.<Double>of()).count());
        assertTrue(Double.isNaN(Distribution.of(List.<Double>of()).p99()));
    }

    @Test
    void hodgesLehmannIsTheMedianPairwiseShift() {
        // every pair differs by 10 except one outlier pair: the shift stays 10
        double shift = HodgesLehmann.shift(new double[] {1, 2, 3, 4}, new double[] {11, 12, 13, 14});
        assertEquals(10.0, shift, 1e-9);
        assertEquals(10.0, HodgesLehmann.shift(new double[] {1, 2, 3, 4}, new double[] {11, 12, 13, 1000}), 1e-9);
    }
}
