package dev.cutover.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.mock.MockJson;
import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.overhead.ProbeRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's one-thread streaming client counts what it must and never waits on a refused stream. */
class StreamClientsTest {
    static MockProvider mock;

    @BeforeAll
    static void start() {
        mock = MockProvider.start(MockOptions.defaults());
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void everyStreamOfEveryClientIsStampedTokenByToken() throws Exception {
        StreamBench.Result r = StreamBench.run(StreamServer.mock(mock), "bench.test", 5, 20, 5, 6, 2, true);
        assertEquals(10, r.streams());
        assertEquals(10, r.completed());
        assertTrue(r.peakOpen() >= 1 && r.peakOpen() <= 5, "peak " + r.peakOpen());
        assertEquals(10, r.ttftError().count());
        assertEquals(10 * 5, r.gapError().count(), "five gaps between six tokens, per stream");
        assertEquals(5, r.ttftFreshError().count());
        assertEquals(5, r.ttftReusedError().count());
    }

    @Test
    void theCeilingStreamsTokensTheClientCountsLikeTheMocks() throws Exception {
        try (StreamCeiling ceiling = new StreamCeiling()) {
            StreamBench.Result r = StreamBench.run(StreamServer.ceiling(ceiling.port()), "bench.test", 5, 20, 5, 6, 2, true);
            assertEquals(10, r.completed());
            assertEquals(10 * 5, r.gapError().count(), "five gaps between six tokens, per stream");
            assertTrue(r.ttftError().p50() < 20, "the first token at its TTFT, not at the end: " + r.ttftError().p50() + " ms off");
        }
    }

    @Test
    void aRefusedStreamFailsAtOnceInsteadOfWaitingForTheLimit() throws Exception {
        mock.script("bench.refused", MockJson.readScript("{\"error\":{\"status\":429}}"));
        ProbeRequest request = MockRequests.chat(mock, "bench.refused", true);
        long limitNanos = 20_000_000_000L;
        long start = System.nanoTime();
        StreamClients.Outcome o = StreamClients.run(request.origin(), request.bytes(), new long[3], 2, limitNanos);
        // Any time under the limit shows the client did not wait for it; refusals take milliseconds.
        long took = System.nanoTime() - start;
        assertTrue(took < limitNanos, "a 429 must end the client, not the 20 s limit: " + took / 1_000_000 + " ms");
        for (long[] t : o.tokens()) assertNull(t);
        assertEquals(3, o.peakOpen());
    }
}
