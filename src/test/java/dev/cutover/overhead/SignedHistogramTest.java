package dev.cutover.overhead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignedHistogramTest {

    @Test
    void percentilesRunInRankOrderAcrossNegativeAndPositiveDifferences() {
        SignedHistogram h = new SignedHistogram();
        // -3 ms, -1 ms, then 0..7 ms: 10 values, median between 2 and 3 ms (rank 5 → 2 ms).
        h.record(-3_000_000);
        h.record(-1_000_000);
        for (int ms = 0; ms < 8; ms++) h.record(ms * 1_000_000L);
        Distribution d = h.summary();
        assertEquals(10, d.count());
        assertEquals(-3.0, d.min(), 0.01);
        assertEquals(-1.0, h.percentile(20) / 1e6, 0.01, "rank 2 is the smaller negative magnitude");
        assertEquals(-3.0, h.percentile(10) / 1e6, 0.01);
        assertEquals(2.0, d.p50(), 0.01);
        assertEquals(7.0, d.max(), 0.01);
        assertEquals(2.4, d.mean(), 1e-9);
    }

    @Test
    void allNegativeDifferencesGiveANegativeMedian() {
        SignedHistogram h = new SignedHistogram();
        for (int i = 1; i <= 5; i++) h.record(-i * 1_000_000L);
        assertEquals(-3.0, h.summary().p50(), 0.01);
        assertEquals(-1.0, h.summary().max(), 0.01);
    }
}
