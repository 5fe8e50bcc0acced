package dev.cutover.mock;

import static dev.cutover.mock.TestClient.chat;
import static dev.cutover.mock.TestClient.json;
import static dev.cutover.mock.TestClient.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Fault;
import dev.cutover.wire.FirstEvent;
import dev.cutover.wire.ProviderScript;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a stream's first event, the role chunk, goes out: with the headers, or with the first token. */
class FirstEventTest extends OneMockPerClass {
    private static final String TIMED = "\"content\":\"a b c\",\"ttft_ms\":150,\"gaps_ms\":[20]";
    private static final int WIRE_TTFT_MS = 600;

    private static List<StreamEvent> plan(String scriptJson) {
        return TestClient.streamPlan(scriptJson);
    }

    private static List<Long> times(List<StreamEvent> events) {
        return events.stream().map(StreamEvent::atMs).toList();
    }

    private static boolean isRole(StreamEvent e) {
        return e.text().contains("\"role\":\"assistant\"");
    }

    @Test
    void roleChunkIsPlannedWithTheHeadersOrWithTheFirstToken() {
        List<StreamEvent> atOnce = plan("{" + TIMED + "}");
        assertTrue(isRole(atOnce.get(0)));
        assertEquals(List.of(0L, 150L, 170L, 190L), times(atOnce.subList(0, 4)));
        assertEquals(times(atOnce), times(plan("{" + TIMED + ",\"first_event\":\"with_headers\"}")), "with_headers is the default");

        List<StreamEvent> withToken = plan("{" + TIMED + ",\"first_event\":\"with_first_token\"}");
        assertTrue(isRole(withToken.get(0)), "still the first event");
        assertEquals(List.of(150L, 150L, 170L, 190L), times(withToken.subList(0, 4)));
        assertEquals(atOnce.size(), withToken.size(), "the same events, only the role chunk moves");
    }

    @Test
    void resetMidStreamSendsRoleAndFirstTokenThenDropsWhenTheNextIsDue() {
        Answer answer = StreamAnswer.of(0, plan("{" + TIMED + ",\"first_event\":\"with_first_token\"}"),
                Fault.RESET_MID_STREAM, Map.of());
        assertEquals(List.of(150_000_000L, 150_000_000L), answer.parts().stream().map(Answer.Part::due).toList());
        assertEquals(0, answer.headersDue(), "the headers still go out at once");
        assertEquals(Answer.Ending.DROP, answer.ending());
        assertEquals(170_000_000L, answer.endDue());
    }

    @Test
    void adminApiCarriesTheChoiceAndOlderRunnersGetTheHeadersBehaviour() {
        ProviderScript withToken = script("{\"first_event\":\"with_first_token\"}");
        assertEquals(FirstEvent.WITH_FIRST_TOKEN, withToken.firstEvent());
        assertEquals(withToken, MockJson.readScript(MockJson.writeScript(withToken)));
        assertEquals(FirstEvent.WITH_HEADERS, script("{}").firstEvent());
    }

    @Test
    void onTheWireHeadersComeAtOnceAndTheRoleChunkWhenScripted() throws Exception {
        // On the wire the only bound that needs no guess at the machine's speed is the first token's due time:
        // "at once" is checked as "before the first token is due", with a TTFT long enough (600 ms) that a
        // loaded machine's scheduling delays stay far below it. Earliness is checked exactly: deadlines count
        // from the request's arrival, after the write these times count from.
        String wire = "\"content\":\"a b c\",\"ttft_ms\":" + WIRE_TTFT_MS + ",\"gaps_ms\":[20]";
        mock.script("first-warm-up", script("{\"content\":\"a b c\"}"));
        mock.script("first-with-headers", script("{" + wire + "}"));
        mock.script("first-with-token", script("{" + wire + ",\"first_event\":\"with_first_token\"}"));
        arrivals("first-warm-up"); // the first stream of a fresh mock pays for class loading
        double[] atOnce = arrivals("first-with-headers");
        double[] withToken = arrivals("first-with-token");
        System.out.printf("first event: with_headers status/role/token %.1f/%.1f/%.1f ms; with_first_token %.1f/%.1f/%.1f ms%n",
                atOnce[0], atOnce[1], atOnce[2], withToken[0], withToken[1], withToken[2]);
        assertTrue(atOnce[0] < WIRE_TTFT_MS, "with_headers: the headers before the first token is due, " + atOnce[0] + " ms");
        assertTrue(atOnce[1] < WIRE_TTFT_MS, "with_headers: the role chunk with them, before the first token is due, "
                + atOnce[1] + " ms");
        assertTrue(withToken[0] < WIRE_TTFT_MS, "with_first_token: the headers still go out at once, " + withToken[0] + " ms");
        assertTrue(withToken[1] >= WIRE_TTFT_MS, "with_first_token: no role chunk before the first token is due, "
                + withToken[1] + " ms");
        assertTrue(atOnce[2] >= WIRE_TTFT_MS && withToken[2] >= WIRE_TTFT_MS, "TTFT is to the first content either way");
    }

    /** Milliseconds from sending the request to the status line, the role chunk and the first content chunk. */
    private static double[] arrivals(String key) throws Exception {
        String body = chat(key, "\"stream\":true");
        // A bare socket: the JDK HttpClient hands bytes between threads, which adds jitter of its own.
        try (Socket socket = new Socket("127.0.0.1", mock.port())) {
            socket.setTcpNoDelay(true);
            long sent = System.nanoTime();
            socket.getOutputStream().write(TestClient.rawPost(body, "Connection: close\r\n"));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(in.readLine().startsWith("HTTP/1.1 200"));
            double[] at = {ms(sent), -1, -1};
            for (String line = in.readLine(); line != null && at[2] < 0; line = in.readLine()) {
                if (!line.startsWith("data: {")) continue;
                var delta = json(line.substring(6)).at("/choices/0/delta");
                if (delta.has("role")) at[1] = ms(sent);
                else if (!delta.path("content").asText("").isEmpty()) at[2] = ms(sent);
            }
            assertTrue(at[1] >= 0 && at[2] >= 0, key + ": a role chunk, then content");
            return at;
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
