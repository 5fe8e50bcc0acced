package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cutover.load.LoadProfile.Slo;
import dev.cutover.load.LoadProfile.Thresholds;
import dev.cutover.verdict.LoadLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thresholds table of load.html says "broken" exactly where the verdict has a reason: the table and the reasons
 * are worded apart, so they are held together here on the synthetic runs of {@link LoadLimitCheckTest}.
 */
class LoadThresholdsTest {

    /** 100 requests: TTFT and e2e 1..100 × scale (p95 95.05 × scale), gaps of {@code itl}; the first {@code failed} fail. */
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

    private static long broken(List<LoadThresholds.Row> rows, String source) {
        return rows.stream().filter(r -> r.source().equals(source) && Boolean.FALSE.equals(r.holds())).count();
    }

    @Test
    void aPlanRowIsBrokenWhereThePlanHasAReason() {
        LoadMetrics candidate = run(1, 2.5, 9, 3, true);
        for (LoadLimits limits : List.of(new LoadLimits(1.0, 40.0, 3.0, 0.02, 1.0), new LoadLimits(1.0, 50.0, 4.0, 0.03, 10.0),
                new LoadLimits(20.0, null, null, null, null))) {
            List<LoadThresholds.Row> rows = LoadThresholds.of(Thresholds.NONE, limits, candidate, BASELINE);
            assertEquals(LoadLimitCheck.of(limits, BASELINE, candidate).breaches().size(), broken(rows, "plan"), rows.toString());
        }
    }

    @Test
    void aProfileRowIsBrokenWhereTheProfileHasAReason() {
        LoadMetrics candidate = run(1, 2.5, 9, 3, true);
        for (Thresholds t : List.of(new Thresholds(200.0, 90.0, 0.01, 100.0), new Thresholds(300.0, 100.0, 0.05, 1.0))) {
            List<LoadThresholds.Row> rows = LoadThresholds.of(t, LoadLimits.NONE, candidate, null);
            assertEquals(LoadVerdict.breaches(candidate, t).size(), broken(rows, "profile"), rows.toString());
            assertEquals(4, rows.size(), "one row per threshold set");
        }
    }

    @Test
    void aRowShowsTheLimitAsWrittenBothFiguresAndWhatMoved() {
        LoadMetrics candidate = run(1.3, 2, 5, 0, true);
        LoadThresholds.Row r = LoadThresholds.of(Thresholds.NONE, new LoadLimits(20.0, null, null, null, null), candidate, BASELINE)
                .get(0);
        assertEquals(new LoadThresholds.Row("plan", "ttftP95IncreaseMs", "TTFT p95 rises ≤ 20 ms", "95.1 ms", "123.6 ms",
                "+28.5 ms", false), r);
        assertEquals(List.of(), LoadThresholds.of(Thresholds.NONE, new LoadLimits(20.0, null, null, null, null), candidate, null),
                "a plan's limits need a baseline");
    }

    @Test
    void aLimitWithoutFiguresIsNotCheckedRatherThanHeld() {
        LoadMetrics plainOnly = run(1, 2, 5, 0, false);
        List<LoadThresholds.Row> rows = LoadThresholds.of(new Thresholds(null, 50.0, null, null),
                new LoadLimits(20.0, null, null, null, null), plainOnly, BASELINE);
        assertEquals(2, rows.size());
        rows.forEach(r -> assertNull(r.holds(), r.toString()));
    }
}
