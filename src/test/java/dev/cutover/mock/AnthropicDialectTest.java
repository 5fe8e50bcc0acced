package dev.cutover.mock;

import static dev.cutover.mock.TestClient.json;
import static dev.cutover.mock.TestClient.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Marker;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scripted provider answering at {@code /v1/messages} as Anthropic's Messages API does, from the same neutral script. */
class AnthropicDialectTest extends OneMockPerClass {
    private static final String[] HEADERS = {"x-api-key", TestClient.KEY, "anthropic-version", "2023-06-01",
            "content-type", "application/json"};

    private static String body(String key, String extra) {
        return "{\"model\":\"claude-3-5-haiku-20241022\",\"max_tokens\":64,\"system\":\"Be brief\",\"messages\":[{\"role\":\"user\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"Say hi " + Marker.tag(key) + "\"}]}]" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    @Test
    void aMessageWithTextToolUseStopReasonAndCacheUsage() {
        mock.script("an-json", script("{\"content\":\"Let me check\",\"tool_calls\":[{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}],"
                + "\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":20,\"prompt_details\":{\"cached_tokens\":60,\"cache_write_tokens\":10}}}"));
        HttpResponse<String> r = client.post("/v1/messages", body("an-json", ""), HEADERS);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode m = json(r.body());
        assertEquals("message", m.get("type").asText());
        assertTrue(m.get("id").asText().startsWith("msg_"));
        assertEquals("text", m.at("/content/0/type").asText());
        assertEquals("Let me check", m.at("/content/0/text").asText());
        assertEquals("tool_use", m.at("/content/1/type").asText());
        assertTrue(m.at("/content/1/id").asText().startsWith("toolu_"));
        assertEquals("Paris", m.at("/content/1/input/city").asText());
        assertEquals("tool_use", m.get("stop_reason").asText());
        assertEquals(30, m.at("/usage/input_tokens").asInt());
        assertEquals(60, m.at("/usage/cache_read_input_tokens").asInt());
        assertEquals(10, m.at("/usage/cache_creation_input_tokens").asInt());
        assertEquals(20, m.at("/usage/output_tokens").asInt());
    }

    @Test
    void finishReasonsInAnthropicsWords() {
        for (String[] pair : new String[][] {{"stop", "end_turn"}, {"length", "max_tokens"}, {"content_filter", "refusal"}}) {
            mock.script("an-finish", script("{\"finish_reason\":\"" + pair[0] + "\"}"));
            assertEquals(pair[1], json(client.post("/v1/messages", body("an-finish", ""), HEADERS).body()).get("stop_reason").asText());
        }
        mock.script("an-finish", script("{\"finish_reason\":\"stop_sequence\"}"));
        JsonNode m = json(client.post("/v1/messages", body("an-finish", "\"stop_sequences\":[\"END\"]"), HEADERS).body());
        assertEquals("stop_sequence", m.get("stop_reason").asText());
        assertEquals("END", m.get("stop_sequence").asText());
    }

    @Test
    void aStreamOfContentBlockEventsWithToolInputInFragments() {
        mock.script("an-stream", script("{\"content\":\"Hi there\",\"tool_calls\":[{\"name\":\"f\",\"arguments\":\"{\\\"a\\\":\\\"long value here\\\"}\"}],"
                + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":4}}"));
        HttpResponse<String> r = client.post("/v1/messages", body("an-stream", "\"stream\":true"), HEADERS);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
        List<String> names = new ArrayList<>();
        for (String line : r.body().split("\n")) if (line.startsWith("event: ")) names.add(line.substring(7));
        assertEquals(List.of("message_start", "ping", "content_block_start", "content_block_delta", "content_block_delta",
                "content_block_stop", "content_block_start"), names.subList(0, 7));
        assertEquals(List.of("content_block_stop", "message_delta", "message_stop"), names.subList(names.size() - 3, names.size()));
        List<String> data = TestClient.data(r.body());
        assertEquals(9, json(data.get(0)).at("/message/usage/input_tokens").asInt());
        StringBuilder args = new StringBuilder();
        for (String d : data) {
            JsonNode e = json(d);
            if (e.at("/delta/type").asText().equals("input_json_delta")) {
                assertEquals(1, e.get("index").asInt());
                args.append(e.at("/delta/partial_json").asText());
            }
        }
        assertEquals("long value here", json(args.toString()).get("a").asText());
        JsonNode delta = json(data.get(data.size() - 2));
        assertEquals("tool_use", delta.at("/delta/stop_reason").asText());
        assertEquals(4, delta.at("/usage/output_tokens").asInt());
    }

    @Test
    void errorsInAnthropicsEnvelopeWithRateLimitHeaders() {
        mock.script("an-529", script("{\"error\":{\"status\":529}}"));
        HttpResponse<String> r = client.post("/v1/messages", body("an-529", ""), HEADERS);
        assertEquals(529, r.statusCode());
        assertEquals("error", json(r.body()).get("type").asText());
        assertEquals("overloaded_error", json(r.body()).at("/error/type").asText());
        mock.script("an-429", script("{\"error\":{\"status\":429,\"message\":\"slow down\"},\"headers\":{\"retry-after\":\"7\"}}"));
        r = client.post("/v1/messages", body("an-429", ""), HEADERS);
        assertEquals(429, r.statusCode());
        assertEquals("rate_limit_error", json(r.body()).at("/error/type").asText());
        assertEquals("slow down", json(r.body()).at("/error/message").asText());
        assertEquals(List.of("7"), r.headers().allValues("retry-after"));
        assertEquals("0", r.headers().firstValue("anthropic-ratelimit-requests-remaining").orElseThrow());
    }

    @Test
    void refusesWhatTheReferenceRefuses() {
        String noMax = "{\"model\":\"claude-3-5-haiku-20241022\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";
        HttpResponse<String> r = client.post("/v1/messages", noMax, HEADERS);
        assertEquals(400, r.statusCode());
        assertEquals("max_tokens: Field required", json(r.body()).at("/error/message").asText());
        r = client.post("/v1/messages", body("an-bad", "\"stop_sequences\":\"END\""), HEADERS);
        assertEquals("stop_sequences: Input should be a valid list", json(r.body()).at("/error/message").asText());
        String systemRole = "{\"model\":\"m\",\"max_tokens\":5,\"messages\":[{\"role\":\"system\",\"content\":\"x\"}]}";
        assertEquals(400, client.post("/v1/messages", systemRole, HEADERS).statusCode());
        r = client.post("/v1/messages", body("an-key", ""), "x-api-key", "wrong", "anthropic-version", "2023-06-01");
        assertEquals(401, r.statusCode());
        assertEquals("authentication_error", json(r.body()).at("/error/type").asText());
        r = client.post("/v1/messages", body("an-key", ""), "authorization", "Bearer " + TestClient.KEY, "anthropic-version", "2023-06-01");
        assertEquals(401, r.statusCode(), "Anthropic reads the key from x-api-key only");
        assertFalse(mock.received("an-key").isEmpty(), "journaled under the marker found in a content block");
    }
}
