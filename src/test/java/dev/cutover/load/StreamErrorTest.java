package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cutover.load.StreamFailures.Recorded;
import org.junit.jupiter.api.Test;

/**
 * Gatling's messages below have the shapes Gatling 3.15.1 records (SseListener, SsePerformingCheckState); most
 * are copied from its reports of the runs in {@link LoadErrorsIT}.
 */
class StreamErrorTest {
    private static final String CONNECT = LoadSimulation.STREAM;

    private static StreamError connectFailed(String message) {
        return StreamError.of(new Recorded(CONNECT, message), CONNECT, false, 2000);
    }

    private static StreamError doneFailed(String message) {
        return StreamError.of(new Recorded(LoadSimulation.DONE, message), CONNECT, true, 2000);
    }

    @Test
    void aRefusedStreamHasTheStatusGatlingRecorded() {
        assertEquals(new StreamError(429, "HTTP 429"),
                connectFailed("i.g.h.a.s.SseInvalidStatusException: Server returned http response with code 429"));
        assertEquals(new StreamError(502, "HTTP 502"), connectFailed("Server returned http response with code 502"));
    }

    @Test
    void anAnswerThatIsNoEventStreamHasStatus200() {
        assertEquals(new StreamError(200, "not an event stream (content-type application/json)"),
                connectFailed("i.g.h.a.s.SseInvalidContentTypeException: "
                        + "Server returned http response with content-type application/json"));
    }

    @Test
    void noStatusLineMeansNoResponse() {
        assertEquals(new StreamError(0, "no response"), connectFailed("i.g.h.c.i.PrematureCloseException: Premature close"));
        assertEquals(new StreamError(0, "no response"),
                connectFailed("j.n.ConnectException: finishConnect(..) failed with error(-111): Connection refused"));
        assertEquals(new StreamError(0, "no response"), connectFailed(null));
    }

    @Test
    void aStreamThatOpenedFailsWithStatus200AndWhatWentWrong() {
        assertEquals(new StreamError(200, "no [DONE] within 2000 ms"), doneFailed("Check [DONE] timeout"));
        assertEquals(new StreamError(200, "stream ended without [DONE]"),
                doneFailed("SSE crashed while waiting for check: End of stream"));
        assertEquals(new StreamError(200, "stream broken before [DONE]"),
                doneFailed("SSE crashed while waiting for check: Connection reset by peer"));
    }

    @Test
    void aStreamWhoseResendWasRefusedFailsAsBroken() {
        assertEquals(new StreamError(200, "stream broken before [DONE]"),
                doneFailed("SSE crashed while waiting for check: " + StreamResends.REFUSED));
    }

    @Test
    void aStatusInALaterMessageIsNotTheStreamsStatus() {
        // The stream had opened (200) when a later request failed, as a reconnect of Gatling's own refused by the
        // gateway would (StreamResends now keeps Gatling from sending those).
        assertEquals(new StreamError(200, "stream broken before [DONE]"),
                doneFailed("SSE crashed while waiting for check: Server returned http response with code 429"));
    }

    @Test
    void withoutARecordTheEventsTellWhetherTheStreamOpened() {
        assertEquals(new StreamError(0, "no response"), StreamError.of(null, CONNECT, false, 2000));
        assertEquals(new StreamError(200, "stream broken before [DONE]"), StreamError.of(null, CONNECT, true, 2000));
    }
}
