package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.load.LoadProfile.Slo;
import dev.cutover.load.LoadProfile.Thresholds;
import dev.cutover.verdict.LoadLimits;
import dev.cutover.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan's load limits turned into verdict reasons, on synthetic runs whose p95s are known exactly. */
class LoadLimitCheckTest {

    /**
     * 100 requests, one issued every 100 ms: streams with TTFT and e2e 1..100 × the given scale (so p95 is
     * 95.05 × scale), inter-token gaps of {@code itl}; the first {@code failed} fail.
     */
    private static LoadMetrics run(double ttftScale, double e2eScale, double itl, int failed, boolean streams) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            String error = i <= failed ? "HTTP 503" : null;
            samples.add(new Sample(i * 100L, streams, error == null ? 200 : 503, error, i * e2eScale,
                    streams ? i * ttftScale : null, streams ? List.of(itl, itl) : List.of(), 3));
        }
        return LoadMetrics.of(samples, Slo.NONE);
    }

    private static final LoadMetrics BASELINE = run(1, 2, 5, 0, true);

    @Test
    void aTtftRiseBeyondThePlansAllowanceIsAReasonNamingBothFiguresAndTheLimit() {
        LoadMetrics candidate = run(1.3, 2, 5, 0, true); // TTFT p95 95.05 → 123.565: +28.5 ms
        LoadLimitCheck c = LoadLimitCheck.of(new LoadLimits(20.0, null, null, null, null), BASELINE, candidate);
        assertEquals(List.of("TTFT p95 rose 28.5 ms (baseline 95.1 ms, candidate 123.6 ms); the plan's "
                + "ttftP95IncreaseMs allows 20 ms"), c.breaches());
        assertEquals(List.of(), c.unchecked());
        assertEquals(List.of(), LoadLimitCheck.of(new LoadLimits(30.0, null, null, null, null), BASELINE, candidate).breaches());
    }

    @Test
    void eachLimitIsCheckedOnItsOwnFigure() {
        // e2e p95 190.1 → 238.0 (+47.9: the failed first three leave 4..100), ITL 5 → 9 (+4), 3 of 100 failed, throughput down by the failures.
        LoadMetrics candidate = run(1, 2.5, 9, 3, true);
        LoadLimits all = new LoadLimits(1.0, 40.0, 3.0, 0.02, 1.0);
        List<String> breaches = LoadLimitCheck.of(all, BASELINE, candidate).breaches();
        assertEquals(4, breaches.size(), breaches.toString());
        assertTrue(breaches.get(0).startsWith("e2e latency p95 rose 47.9 ms"), breaches.get(0));
        assertTrue(breaches.get(1).startsWith("inter-token latency p95 rose 4.0 ms") && breaches.get(1).endsWith(
                "itlP95IncreaseMs allows 3 ms"), breaches.get(1));
        assertEquals("error rate 3.00 % (3 of 100 requests failed); the plan's errorRateMax allows 2 %", breaches.get(2));
        assertTrue(breaches.get(3).startsWith("throughput fell ") && breaches.get(3).endsWith(
                "the plan's throughputDecreasePct allows 1 %"), breaches.get(3));
        // TTFT p95 moved 0.15 ms (the successful 4..100), within 1 ms; the same run within generous limits: nothing to say.
        assertEquals(List.of(), LoadLimitCheck.of(new LoadLimits(1.0, 50.0, 4.0, 0.03, 10.0), BASELINE, candidate).breaches());
    }

    @Test
    void aLimitWithoutFiguresIsAWarningNotAPass() {
        LoadMetrics plainOnly = run(1, 2, 5, 0, false);
        LoadLimitCheck c = LoadLimitCheck.of(new LoadLimits(20.0, 100.0, 5.0, null, null), BASELINE, plainOnly);
        assertEquals(List.of(), c.breaches());
        assertEquals(List.of("the plan's ttftP95IncreaseMs could not be checked: the candidate has no TTFT samples (no "
                + "successful stream)", "the plan's itlP95IncreaseMs could not be checked: the candidate has no "
                + "inter-token latency samples (no successful stream)"), c.unchecked());
    }

    @Test
    void thePlansReasonsComeFirstAndDecideTheVerdict() {
        LoadMetrics candidate = run(1.3, 2, 5, 0, true);
        LoadVerdict go = LoadVerdict.of(candidate, Thresholds.NONE, List.of());
        assertEquals(Verdict.GO, go.decision());
        LoadVerdict planned = go.with(LoadLimitCheck.of(new LoadLimits(20.0, null, null, null, null), BASELINE, candidate));
        assertEquals(Verdict.NO_GO, planned.decision());
        assertTrue(planned.reasons().get(0).startsWith("TTFT p95 rose 28.5 ms"), planned.reasons().toString());
        LoadVerdict warned = go.with(LoadLimitCheck.of(new LoadLimits(20.0, null, null, null, null), BASELINE, run(1, 2, 5, 0, false)));
        assertEquals(Verdict.GO_WITH_WARNINGS, warned.decision());
        assertEquals(Verdict.GO, go.with(LoadLimitCheck.of(LoadLimits.NONE, BASELINE, candidate)).decision());
    }
}
