package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.http.ExchangeClient;
import dev.cutover.http.Http1Response;
import dev.cutover.http.HttpCall;
import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.wire.Json;
import dev.cutover.wire.Marker;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.SseEvent;
import dev.cutover.wire.SseReader;
import dev.cutover.wire.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Time to first token means one thing in every report. One real stream from the mock is observed the way a
 * run observes it; the very same events, at the very same arrival times, then go through the overhead probe's
 * reading (HTTP/1.1 chunks into the SSE reader) and a load run's (Gatling's messages into StreamTimes). All
 * three must name the same first token — also when it is a tool-call delta, which a load run once skipped.
 */
class TtftAgreementTest {
    private static MockProvider mock;

    @BeforeAll
    static void start() {
        mock = MockProvider.start(MockOptions.defaults());
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"content", "tool-call"})
    void runOverheadAndLoadAgreeOnTheSameStream(String kind) throws IOException {
        ProviderScript.Builder script = ProviderScript.builder().ttftMs(60).gapsMs(7);
        if (kind.equals("tool-call")) script.content("").toolCall("get_weather", "{\"city\":\"Paris\",\"unit\":\"c\"}");
        else script.content("one two three four");
        mock.script(kind, script.build());

        Observation run = new ExchangeClient().send(streamCall(kind), Redactor.none());
        assertEquals(200, run.status(), run.body());
        Double runTtft = run.timings().firstTokenMs();
        assertNotNull(runTtft, "the run saw a first token");
        assertTrue(runTtft >= 60, "never before the scripted 60 ms: " + runTtft);
        boolean toolCallFirst = Json.parse(firstTokenEvent(run.events()).data()).orElseThrow()
                .at("/choices/0/delta").has("tool_calls");
        assertEquals(kind.equals("tool-call"), toolCallFirst, "the first token is a " + kind);

        double overheadTtft = overheadReading(run.events());
        Double loadTtft = loadReading(run.events());
        assertEquals(runTtft, overheadTtft, 1e-6, "overhead probe and run");
        assertNotNull(loadTtft, "the load run saw a first token");
        // Gatling stamps events in whole milliseconds.
        assertEquals(runTtft, loadTtft, 1.0, "load run and run");
    }

    private static HttpCall streamCall(String key) {
        String body = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"Hi "
                + Marker.tag(key) + "\"}]}";
        return new HttpCall("POST", mock.baseUrl() + "/v1/chat/completions", Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + MockOptions.DEFAULT_API_KEY), body, 10_000, true);
    }

    private static SseEvent firstTokenEvent(List<SseEvent> events) {
        return events.stream().filter(e -> Tokens.carriesToken(e.data())).findFirst().orElseThrow();
    }

    /** As KeepAliveClient reads: each event a chunk of an HTTP/1.1 response, read when it arrived. */
    private static double overheadReading(List<SseEvent> events) throws IOException {
        SseReader reader = new SseReader(0);
        Http1Response response = new Http1Response(reader::feed);
        feed(response, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n", 0);
        for (SseEvent e : events) {
            byte[] data = ("data: " + e.data() + "\n\n").getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream chunk = new ByteArrayOutputStream();
            chunk.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk.writeBytes(data);
            chunk.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            feed(response, chunk.toString(StandardCharsets.UTF_8), Math.round(e.atMs() * 1_000_000));
        }
        feed(response, "0\r\n\r\n", 0);
        reader.end();
        return Tokens.arrivalNanos(reader.events())[0] / 1_000_000.0;
    }

    /** As a load run reads: Gatling hands each event over as {"data": …} with its millisecond timestamp. */
    private static Double loadReading(List<SseEvent> events) {
        List<StreamTimes.Event> gatling = events.stream()
                .map(e -> new StreamTimes.Event(Math.round(e.atMs()), Json.write(Map.of("data", e.data())))).toList();
        return StreamTimes.of(0, gatling).ttftMs();
    }

    private static void feed(Http1Response r, String text, long at) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        r.feed(b, 0, b.length, at);
    }
}
