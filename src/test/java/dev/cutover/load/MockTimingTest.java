package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.verdict.Verdict;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** A run whose mock provider ran late says so in the verdict; one that kept time changes nothing. */
class MockTimingTest {

    @Test
    void aLateMockTurnsGoIntoGoWithAWarningNamingTheRun() {
        LoadVerdict go = new LoadVerdict(Verdict.GO, List.of(), List.of());
        LoadVerdict v = go.withMockTiming(List.of(run("portkey-local", timing(100, 2500)), run("direct-mock", timing(100, 300))));
        assertEquals(Verdict.GO_WITH_WARNINGS, v.decision());
        assertEquals(1, v.warnings().size());
        assertTrue(v.warnings().get(0).startsWith("portkey-local: the mock provider wrote 1 % of its answer parts more than 2.0 ms late"),
                v.warnings().get(0));
    }

    @Test
    void aMockOnTimeOrARealUpstreamLeavesTheVerdictAlone() {
        LoadVerdict noGo = new LoadVerdict(Verdict.NO_GO, List.of("p99 too high"), List.of());
        assertEquals(noGo, noGo.withMockTiming(List.of(run("a", timing(1000, 1900)), run("real", null))));
        assertNull(timing(1000, 1900).warning("a"));
    }

    /** A run's timing where 98 % of parts were 50 µs late and the slowest 2 % {@code tailMicros}. */
    private static MockTiming timing(int parts, long tailMicros) {
        Histogram h = new Histogram(3);
        for (int i = 0; i < parts; i++) h.recordValue(i < parts * 98 / 100 ? 50 : tailMicros);
        return MockTiming.of(h);
    }

    private static LoadRun run(String target, MockTiming t) {
        return new LoadRun(target, "portkey", null, "http://127.0.0.1:1", null, null, "stages completed", List.of(), null, 0, t, null);
    }
}
