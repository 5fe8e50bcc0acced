package dev.cutover.mock;

import static dev.cutover.mock.TestClient.chat;
import static dev.cutover.mock.TestClient.data;
import static dev.cutover.mock.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.ProviderScript;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The same request again, as a load test sends it: answered from a template ({@link AnswerMemo}) yet each answer
 * as a provider would make it — its own ids, its own timing, the script as it is now.
 */
class RepeatedRequestsTest extends OneMockPerClass {
    @Test
    void everyRepeatGetsItsOwnIdAndTheSameContent() {
        mock.script("repeat-whole", ProviderScript.builder().content("Same words").toolCall("lookup", "{\"q\":1}").build());
        String body = chat("repeat-whole", "");
        Set<String> ids = new HashSet<>();
        Set<String> callIds = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = client.post("/v1/chat/completions", body);
            assertEquals(200, r.statusCode());
            JsonNode answer = json(r.body());
            ids.add(answer.get("id").asText());
            callIds.add(answer.at("/choices/0/message/tool_calls/0/id").asText());
            assertEquals("Same words", answer.at("/choices/0/message/content").asText());
            assertTrue(answer.get("id").asText().matches("chatcmpl-[A-Za-z0-9]{29}"), answer.get("id").asText());
            assertTrue(Math.abs(answer.get("created").asLong() - System.currentTimeMillis() / 1000) <= 2);
        }
        assertEquals(5, ids.size(), "a repeated request must not get a repeated id: " + ids);
        assertEquals(5, callIds.size(), "nor a repeated tool call id: " + callIds);
    }

    @Test
    void aRepeatedStreamKeepsOneIdPerStreamAndItsScriptedTiming() {
        mock.script("repeat-stream", ProviderScript.builder().content("one two three").ttftMs(120).gapsMs(10).build());
        String body = chat("repeat-stream", "\"stream\":true");
        Set<String> streamIds = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            long sent = System.nanoTime();
            HttpResponse<String> r = client.post("/v1/chat/completions", body);
            long tookMs = (System.nanoTime() - sent) / 1_000_000;
            // A copy's times count from its own request: a template's deadlines, long past, would send it at once.
            assertTrue(tookMs >= 120, "stream " + i + " took " + tookMs + " ms, scripted TTFT 120 ms");
            List<String> events = data(r.body());
            assertEquals("[DONE]", events.get(events.size() - 1));
            Set<String> idsInStream = new HashSet<>();
            StringBuilder text = new StringBuilder();
            for (String e : events.subList(0, events.size() - 1)) {
                JsonNode chunk = json(e);
                idsInStream.add(chunk.get("id").asText());
                JsonNode content = chunk.at("/choices/0/delta/content");
                if (content.isTextual()) text.append(content.asText());
            }
            assertEquals(1, idsInStream.size(), "every chunk of one stream carries its id: " + idsInStream);
            assertEquals("one two three", text.toString());
            streamIds.addAll(idsInStream);
        }
        assertEquals(3, streamIds.size(), "each stream its own id: " + streamIds);
    }

    @Test
    void reScriptingAKeyTakesEffectOnTheNextRequest() {
        String body = chat("repeat-rescript", "");
        mock.script("repeat-rescript", ProviderScript.builder().content("before").build());
        assertEquals("before", json(client.post("/v1/chat/completions", body).body()).at("/choices/0/message/content").asText());
        mock.script("repeat-rescript", ProviderScript.builder().content("after").build());
        assertEquals("after", json(client.post("/v1/chat/completions", body).body()).at("/choices/0/message/content").asText());
    }

    @Test
    void aScriptCountingAttemptsIsNotAnsweredFromATemplate() {
        mock.script("repeat-fail", TestClient.script("{\"fail_times\":2,\"error\":{\"status\":503}}"));
        String body = chat("repeat-fail", "");
        assertEquals(503, client.post("/v1/chat/completions", body).statusCode());
        assertEquals(503, client.post("/v1/chat/completions", body).statusCode());
        assertEquals(200, client.post("/v1/chat/completions", body).statusCode());
    }

    @Test
    void createdFollowsTheClockAcrossSeconds() throws InterruptedException {
        mock.script("repeat-created", ProviderScript.builder().content("tick").build());
        String body = chat("repeat-created", "");
        long first = json(client.post("/v1/chat/completions", body).body()).get("created").asLong();
        Thread.sleep(1100);
        long later = json(client.post("/v1/chat/completions", body).body()).get("created").asLong();
        assertNotEquals(first, later, "a template must not outlive the second its created names");
    }
}
