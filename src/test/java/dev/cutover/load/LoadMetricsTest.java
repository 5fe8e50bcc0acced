package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.load.LoadProfile.Slo;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadMetricsTest {

    private static String chunk(String content) {
        return "{\"data\":{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"}}]}}";
    }

    @Test
    void streamTimesFollowVllmDefinitions() {
        // role chunk (empty content) at 5, tokens at 50, 60, 75, usage chunk and [DONE] at 76
        StreamTimes t = StreamTimes.of(1000, List.of(
                new StreamTimes.Event(1005, chunk("")),
                new StreamTimes.Event(1050, chunk("a ")),
                new StreamTimes.Event(1060, chunk("b ")),
                new StreamTimes.Event(1075, chunk("c")),
                new StreamTimes.Event(1076, "{\"data\":\"{\\\"choices\\\":[],\\\"usage\\\":{\\\"completion_tokens\\\":3}}\"}")));
        assertEquals(50.0, t.ttftMs());
        assertEquals(List.of(10.0, 15.0), t.itlMs());
        assertEquals(3, t.tokenChunks());
        assertEquals(3, t.outputTokens());
        Sample s = new Sample(1000, true, 200, null, 80, t.ttftMs(), t.itlMs(), t.outputTokens());
        assertEquals(15.0, s.tpotMs(), 1e-9); // (80 − 50) / (3 − 1)
    }

    @Test
    void aStreamWithoutContentHasNoTtft() {
        StreamTimes t = StreamTimes.of(0, List.of(new StreamTimes.Event(5, chunk(""))));
        assertNull(t.ttftMs());
        assertEquals(0, t.outputTokens());
    }

    @Test
    void failuresCountAsErrorsNotAsFastAnswersAndGoodputAppliesSlos() {
        List<Sample> samples = List.of(
                new Sample(0, true, 200, null, 1000, 100.0, List.of(10.0, 10.0), 3),
                new Sample(500, true, 200, null, 1500, 900.0, List.of(10.0), 2),
                new Sample(1000, false, 200, null, 500, null, List.of(), 8),
                new Sample(1500, false, 429, "HTTP 429", 3, null, List.of(), 0));
        LoadMetrics m = LoadMetrics.of(samples, new Slo(500.0, null, null));
        assertEquals(4, m.requests());
        assertEquals(1, m.failed());
        assertEquals(0.25, m.errorRate());
        assertEquals(1, m.errorsByStatus().get(429));
        assertEquals(3, m.latency().get(Metric.E2E).count());
        assertEquals(500.0, m.latency().get(Metric.E2E).min()); // the 3 ms 429 is not a latency
        assertEquals(2, m.latency().get(Metric.TTFT).count());
        assertEquals(3, m.latency().get(Metric.ITL).count());
        assertEquals(2.0, m.durationS(), 1e-9); // 0 → 2000 (the second stream ends at 500 + 1500)
        assertEquals(1.5, m.requestsPerSecond(), 1e-9);
        assertEquals(6.5, m.outputTokensPerSecond(), 1e-9);
        assertEquals(1.0, m.goodputPerSecond(), 1e-9); // the 900 ms TTFT misses its SLO
    }

    @Test
    void warmupIsLeftOutAndTheStreamingShareIsExact() {
        List<Sample> samples = List.of(new Sample(0, false, 200, null, 1, null, List.of(), 1),
                new Sample(999, false, 200, null, 1, null, List.of(), 1),
                new Sample(1000, false, 200, null, 1, null, List.of(), 1));
        assertEquals(1, LoadMetrics.afterWarmup(samples, 1).size());
        int streamed = 0;
        for (long n = 1; n <= 1000; n++) if (LoadSimulation.streams(n, 0.7)) streamed++;
        assertEquals(700, streamed);
        assertTrue(LoadSimulation.streams(1, 1.0));
        assertFalse(LoadSimulation.streams(1, 0.0));
    }
}
