package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every stand-in relays a provider's stream event by event: the first event arrives long before the last. */
class StreamRelayTest {
    private static final int GAP_MS = 150;
    private static final String WORDS = "one two three four five six seven";
    /** The last word's due time: one gap after each of the six words before it. */
    private static final long LAST_DUE_MS = 6L * GAP_MS;

    @ParameterizedTest
    @ValueSource(strings = {"dial", "litellm", "litellm-chained", "worldflow"})
    void eventsArriveAsTheProviderSendsThem(String name) throws IOException {
        try (Rig rig = new Rig(name)) {
            // The first stream through a fresh stand-in pays for class loading (close to a second on the first
            // stand-in of the run): a warm-up, so that the measured one shows the relay, not the start-up.
            assertTrue(dataArrivalsMs(rig, name, rig.scripted(Rig.stream(WORDS, 0, null))).size() >= 8);
            List<Long> arrivals = dataArrivalsMs(rig, name, rig.scripted(Rig.stream(WORDS, GAP_MS, null)));
            System.out.println("stream relay " + name + ": data events at " + arrivals + " ms");
            assertTrue(arrivals.size() >= 8, "events: " + arrivals);
            // The provider writes its first word at once and its last one no earlier than LAST_DUE_MS after the
            // request. A buffering relay delivers nothing before that; a relaying one delivers the first event
            // almost at once, so the whole span is margin for a loaded machine (a spread between the first and
            // the last read is not a safe measure: a late first read shrinks it).
            assertTrue(arrivals.get(arrivals.size() - 1) >= LAST_DUE_MS, "the last event before it was due: " + arrivals);
            assertTrue(arrivals.get(0) < LAST_DUE_MS, name + " buffered the stream: arrivals " + arrivals);
        }
    }

    /** When each data line of a streamed chat arrived, in ms from sending the request (the mock counts from its arrival). */
    private static List<Long> dataArrivalsMs(Rig rig, String name, String key) throws IOException {
        String body = Rig.chat(key, "gpt-4o-mini", "\"stream\":true");
        long sent = System.nanoTime();
        HttpResponse<java.io.InputStream> r = name.equals("dial")
                ? rig.postStreaming("/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-02-01", body,
                        Map.of("Api-Key", DialConfig.KEY))
                : rig.postStreaming("/v1/chat/completions", body, Map.of("Authorization", "Bearer " + key(name)));
        assertEquals(200, r.statusCode());
        List<Long> arrivals = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("data:")) arrivals.add((System.nanoTime() - sent) / 1_000_000);
            }
        }
        return arrivals;
    }

    private static String key(String name) {
        return name.equals("worldflow") ? WorldFlowStandIn.KEY : LiteLlmKeys.MASTER;
    }
}
