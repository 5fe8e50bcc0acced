package dev.cutover.overhead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cutover.stats.Distribution;
import org.junit.jupiter.api.Test;

class SignedHistogramTest {

    @Test
    void percentilesRunInRankOrderAcrossNegativeAndPositiveDifferences() {
        SignedHistogram h = new SignedHistogram();
        // -3 ms, -1 ms, then 0..7 ms: 10 values, -3 -1 0 1 2 3 4 5 6 7 in rank order.
        h.record(-3_000_000);
        h.record(-1_000_000);
        for (int ms = 0; ms < 8; ms++) h.record(ms * 1_000_000L);
        Distribution d = h.summary();
        assertEquals(10, d.count());
        assertEquals(-3.0, d.min(), 0.01);
        // Distribution's rule (linear between ranks): p50 at rank 4.5 lies halfway between 2 and 3 ms — the
        // nearest-rank rule this class had before said 2 ms; p90 at rank 8.1 is 6 + 0.1 ms.
        assertEquals(2.5, d.p50(), 0.01);
        assertEquals(6.1, d.p90(), 0.01);
        assertEquals(7.0, d.max(), 0.01);
        assertEquals(2.4, d.mean(), 1e-9);
        // The same figures as the plain sample gives: signed values ranked across both histograms.
        Distribution plain = Distribution.of(new double[] {-3, -1, 0, 1, 2, 3, 4, 5, 6, 7});
        assertEquals(plain.p99(), d.p99(), 0.01);
        assertEquals(plain.p95(), d.p95(), 0.01);
    }

    @Test
    void allNegativeDifferencesGiveANegativeMedian() {
        SignedHistogram h = new SignedHistogram();
        for (int i = 1; i <= 5; i++) h.record(-i * 1_000_000L);
        assertEquals(-3.0, h.summary().p50(), 0.01);
        assertEquals(-1.0, h.summary().max(), 0.01);
        assertEquals(-5.0, h.summary().min(), 0.01);
    }

    @Test
    void noDifferenceGivesNoFigures() {
        assertEquals(Distribution.EMPTY, new SignedHistogram().summary());
    }
}
