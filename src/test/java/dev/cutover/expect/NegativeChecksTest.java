package dev.cutover.expect;

import static dev.cutover.expect.Observations.NO_CONTEXT;
import static dev.cutover.expect.Observations.refused;
import static dev.cutover.expect.Observations.stream;
import static dev.cutover.expect.Observations.withTransportError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A check that something is absent — no [DONE] invented, the failure signalled, the transport failing, no
 * usage-only chunk — must not pass on a gateway that crashed (no answer at all), hung (the client's deadline
 * ended it) or closed the stream early without a word. Each is shown failing on each, and passing on the
 * exchange it is meant for.
 */
class NegativeChecksTest {
    private static final String CHUNK = "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}";
    private static final Observation CRASHED = refused();
    private static final Observation HUNG_BEFORE_HEADERS = withTransportError(refused(), "no response headers within 30000 ms");
    private static final Observation HUNG_MID_STREAM = withTransportError(stream(CHUNK), "stream not finished within 30000 ms");
    private static final Observation HUNG_SILENT = withTransportError(stream(), "stream not finished within 30000 ms");
    private static final Observation CLOSED_EARLY = stream(CHUNK);
    private static final Observation RESET = withTransportError(stream(CHUNK), "stream broken: Connection reset");

    private static List<String> check(String expectYaml, Observation o) {
        return YamlText.parse("expect:\n" + expectYaml.indent(2)).stream().flatMap(e -> e.check(o, NO_CONTEXT).stream()).toList();
    }

    @Test
    void noDoneInventedFailsOnCrashAndHangAndHoldsOnAStreamThatEnded() {
        String noDone = "stream: {ends_with_done: false}";
        for (Observation broken : List.of(CRASHED, HUNG_BEFORE_HEADERS, HUNG_MID_STREAM, HUNG_SILENT)) {
            assertFalse(check(noDone, broken).isEmpty(), "passed on " + broken.transportError());
        }
        assertEquals(List.of(), check(noDone, CLOSED_EARLY));
        assertEquals(List.of(), check(noDone, RESET));
    }

    @Test
    void signalsFailureFailsOnCrashHangAndASilentCloseAndHoldsOnAResetOrAnErrorEvent() {
        String signals = "stream: {signals_failure: true}";
        for (Observation broken : List.of(CRASHED, HUNG_BEFORE_HEADERS, HUNG_MID_STREAM, HUNG_SILENT, CLOSED_EARLY)) {
            assertFalse(check(signals, broken).isEmpty(), "passed on " + broken.transportError());
        }
        assertEquals(List.of(), check(signals, RESET));
        assertEquals(List.of(), check(signals, stream(CHUNK, "{\"error\":{\"message\":\"upstream broke\"}}")));
    }

    @Test
    void transportFailsMeansFailingNotHanging() {
        String fails = "transport: {fails: true}";
        assertTrue(check(fails, HUNG_BEFORE_HEADERS).get(0).contains("hung"), check(fails, HUNG_BEFORE_HEADERS).toString());
        assertFalse(check(fails, HUNG_MID_STREAM).isEmpty());
        assertFalse(check(fails, CLOSED_EARLY).isEmpty());
        assertEquals(List.of(), check(fails, CRASHED));
        assertEquals(List.of(), check(fails, RESET));
    }

    @Test
    void aPathEveryChunkMustMeetIsNotProvenByAStreamThatNeverEnded() {
        String everyChunk = "stream: {every_chunk: {\"$.choices\": {size: 1}}}";
        assertFalse(check(everyChunk, HUNG_MID_STREAM).isEmpty());
        assertFalse(check(everyChunk, CRASHED).isEmpty());
        assertEquals(List.of(), check(everyChunk, stream(CHUNK, CHUNK, "[DONE]")));
        assertEquals(List.of("event 2 $.choices: expected size 1, got []"),
                check(everyChunk, stream(CHUNK, "{\"choices\":[],\"usage\":{\"total_tokens\":3}}", "[DONE]")));
        assertTrue(check(everyChunk, withTransportError(stream(CHUNK), null)).isEmpty(), Map.of().toString());
    }
}
