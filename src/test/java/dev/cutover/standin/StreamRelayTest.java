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

    @ParameterizedTest
    @ValueSource(strings = {"dial", "litellm", "litellm-chained", "worldflow"})
    void eventsArriveAsTheProviderSendsThem(String name) throws IOException {
        try (Rig rig = new Rig(name)) {
            String key = rig.scripted(Rig.stream("one two three four five six seven", GAP_MS, null));
            String body = Rig.chat(key, "gpt-4o-mini", "\"stream\":true");
            HttpResponse<java.io.InputStream> r = name.equals("dial")
                    ? rig.postStreaming("/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-02-01", body,
                            Map.of("Api-Key", DialConfig.KEY))
                    : rig.postStreaming("/v1/chat/completions", body, Map.of("Authorization", "Bearer " + key(name)));
            assertEquals(200, r.statusCode());
            List<Long> arrivals = new ArrayList<>();
            long start = System.nanoTime();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("data:")) arrivals.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            assertTrue(arrivals.size() >= 8, "events: " + arrivals);
            long spread = arrivals.get(arrivals.size() - 1) - arrivals.get(0);
            // Six gaps of 150 ms: a buffering relay would deliver everything at once (spread near 0).
            assertTrue(spread >= 4 * GAP_MS, name + " buffered the stream: arrivals " + arrivals);
        }
    }

    private static String key(String name) {
        return name.equals("worldflow") ? WorldFlowStandIn.KEY : LiteLlmKeys.MASTER;
    }
}
