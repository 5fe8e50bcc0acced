package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.load.LoadProfile.JudgeSettings;
import dev.cutover.load.MetricComparison.Outcome;
import dev.cutover.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MetricJudgeTest {
    private static final JudgeSettings KAYENTA = new JudgeSettings(0.01, 0.10, 2.0);

    private static List<Double> latencies(int n, double median, long seed) {
        return latencies(n, median, 0.2, seed);
    }

    /** Log-normal, as latencies are: spread 0.2 means about ±20 %. */
    private static List<Double> latencies(int n, double median, double spread, long seed) {
        Random r = new Random(seed);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(median * Math.exp(spread * r.nextGaussian()));
        return out;
    }

    private static List<Double> plus(List<Double> values, double shift) {
        return values.stream().map(v -> v + shift).toList();
    }

    @Test
    void aTinyShiftInAHugeSampleIsSignificantButNotWorse() {
        // A tight distribution (±0.1 ms): a 0.1 ms shift is plain to the test (p ≈ 0) and still does not matter.
        List<Double> base = latencies(20_000, 100, 0.001, 1);
        List<Double> cand = plus(latencies(20_000, 100, 0.001, 2), 0.1);
        MetricComparison c = MetricJudge.compare("e2e", "ms", true, base, cand, KAYENTA.toleranceMs(), KAYENTA);
        assertTrue(c.pValue() < 1e-6, "p " + c.pValue());
        assertEquals(Outcome.SAME, c.outcome(), c.explanation());
        assertEquals(0.1, c.shift(), 0.02);
    }

    @Test
    void bothTheAbsoluteToleranceAndTheAllowedIncreaseMustBeExceeded() {
        // Inter-token gaps of 5 ms, 1 ms slower: +20 % but within the 2 ms tolerance.
        MetricComparison itl = MetricJudge.compare("itl", "ms", true, latencies(500, 5, 0.01, 9),
                plus(latencies(500, 5, 0.01, 10), 1), KAYENTA.toleranceMs(), KAYENTA);
        assertTrue(itl.pValue() < 1e-6);
        assertEquals(Outcome.SAME, itl.outcome(), itl.explanation());
        // e2e of 1 s, 5 ms slower: beyond the tolerance but within the allowed 10 %.
        MetricComparison e2e = MetricJudge.compare("e2e", "ms", true, latencies(500, 1000, 0.001, 11),
                plus(latencies(500, 1000, 0.001, 12), 5), KAYENTA.toleranceMs(), KAYENTA);
        assertTrue(e2e.pValue() < 1e-6);
        assertEquals(Outcome.SAME, e2e.outcome(), e2e.explanation());
    }

    @Test
    void aMaterialSlowdownIsWorse() {
        List<Double> base = latencies(200, 100, 2);
        List<Double> cand = latencies(200, 130, 3);
        MetricComparison c = MetricJudge.compare("e2e", "ms", true, base, cand, KAYENTA.toleranceMs(), KAYENTA);
        assertEquals(Outcome.WORSE, c.outcome(), c.explanation());
        assertTrue(c.pValue() < 0.01);
        assertTrue(c.relative() > 0.2 && c.relative() < 0.4, "relative " + c.relative());
    }

    @Test
    void aSpeedUpIsBetterAndLessThroughputIsWorse() {
        List<Double> base = latencies(200, 100, 4);
        assertEquals(Outcome.BETTER, MetricJudge.compare("e2e", "ms", true, base, latencies(200, 70, 5), 2, KAYENTA).outcome());
        List<Double> rps = List.of(20.0, 21.0, 19.0, 20.0, 20.0, 22.0, 19.0, 20.0, 21.0, 20.0);
        List<Double> slower = rps.stream().map(v -> v - 6).toList();
        assertEquals(Outcome.WORSE, MetricJudge.compare("throughput", "req/s", false, rps, slower, 0.5, KAYENTA).outcome());
    }

    @Test
    void theSameDistributionIsSameAndMissingDataIsSaid() {
        assertEquals(Outcome.SAME, MetricJudge.compare("ttft", "ms", true, latencies(300, 50, 6), latencies(300, 50, 7), 2,
                KAYENTA).outcome());
        MetricComparison none = MetricJudge.compare("ttft", "ms", true, List.of(), latencies(10, 50, 8), 2, KAYENTA);
        assertEquals(Outcome.NO_DATA, none.outcome());
        assertTrue(none.explanation().contains("baseline"));
    }

    @Test
    void errorRateRiseIsAVerdictReason() {
        List<Sample> base = new ArrayList<>();
        List<Sample> cand = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            base.add(new Sample(i, false, 200, null, 100, null, List.of(), 10));
            cand.add(i % 5 == 0 ? new Sample(i, false, 502, "HTTP 502", 100, null, List.of(), 0)
                    : new Sample(i, false, 200, null, 100, null, List.of(), 10));
        }
        List<MetricComparison> all = MetricJudge.compare(base, cand, KAYENTA);
        MetricComparison errors = all.stream().filter(c -> c.metric().equals("error rate")).findFirst().orElseThrow();
        assertEquals(Outcome.WORSE, errors.outcome(), errors.explanation());
        LoadVerdict v = LoadVerdict.of(LoadMetrics.of(cand, LoadProfile.Slo.NONE), LoadProfile.Thresholds.NONE, all);
        assertEquals(Verdict.NO_GO, v.decision());
        assertTrue(v.reasons().stream().anyMatch(r -> r.startsWith("error rate")), v.reasons().toString());
    }
}
