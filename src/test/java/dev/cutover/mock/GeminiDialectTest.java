package dev.cutover.mock;

import static dev.cutover.mock.TestClient.json;
import static dev.cutover.mock.TestClient.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Marker;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scripted provider answering at {@code models/{model}:generateContent} as Gemini does, from the same neutral script. */
class GeminiDialectTest extends OneMockPerClass {
    private static final String PATH = "/v1beta/models/gemini-2.0-flash:generateContent?key=" + TestClient.KEY;
    private static final String[] JSON = {"content-type", "application/json"};

    private static String body(String key) {
        return "{\"systemInstruction\":{\"parts\":[{\"text\":\"Be brief\"}]},\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Say hi "
                + Marker.tag(key) + "\"}]}],\"generationConfig\":{\"maxOutputTokens\":64}}";
    }

    @Test
    void aResponseWithTextFunctionCallsFinishReasonAndUsage() {
        mock.script("ge-json", script("{\"content\":\"Checking\",\"tool_calls\":[{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}],"
                + "\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":20,\"prompt_details\":{\"cached_tokens\":60}}}"));
        HttpResponse<String> r = client.post(PATH, body("ge-json"), JSON);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode c = json(r.body()).at("/candidates/0");
        assertEquals("Checking", c.at("/content/parts/0/text").asText());
        assertEquals("get_weather", c.at("/content/parts/1/functionCall/name").asText());
        assertEquals("Paris", c.at("/content/parts/1/functionCall/args/city").asText());
        assertEquals("model", c.at("/content/role").asText());
        assertEquals("STOP", c.get("finishReason").asText(), "Gemini ends a function call with STOP");
        JsonNode usage = json(r.body()).get("usageMetadata");
        assertEquals(100, usage.get("promptTokenCount").asInt());
        assertEquals(20, usage.get("candidatesTokenCount").asInt());
        assertEquals(120, usage.get("totalTokenCount").asInt());
        assertEquals(60, usage.get("cachedContentTokenCount").asInt());
        assertEquals("gemini-2.0-flash", json(r.body()).get("modelVersion").asText());
    }

    @Test
    void finishReasonsInGeminisWords() {
        for (String[] pair : new String[][] {{"length", "MAX_TOKENS"}, {"content_filter", "SAFETY"}, {"stop", "STOP"}}) {
            mock.script("ge-finish", script("{\"finish_reason\":\"" + pair[0] + "\"}"));
            assertEquals(pair[1], json(client.post(PATH, body("ge-finish"), JSON).body()).at("/candidates/0/finishReason").asText());
        }
    }

    @Test
    void streamsServerSentEventsWithAltSseAndAGrowingArrayWithout() {
        mock.script("ge-stream", script("{\"content\":\"one two three\",\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3}}"));
        String sse = "/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse";
        HttpResponse<String> r = client.post(sse, body("ge-stream"), "x-goog-api-key", TestClient.KEY, "content-type", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
        List<String> data = TestClient.data(r.body().replace("\r", ""));
        assertEquals(3, data.size());
        assertEquals("one ", json(data.get(0)).at("/candidates/0/content/parts/0/text").asText());
        assertTrue(json(data.get(0)).at("/candidates/0/finishReason").isMissingNode());
        assertEquals("STOP", json(data.get(2)).at("/candidates/0/finishReason").asText());
        assertEquals(3, json(data.get(2)).at("/usageMetadata/candidatesTokenCount").asInt());
        r = client.post("/v1beta/models/gemini-2.0-flash:streamGenerateContent?key=" + TestClient.KEY, body("ge-stream"), JSON);
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        JsonNode array = json(r.body());
        assertEquals(3, array.size());
        assertEquals("three", array.get(2).at("/candidates/0/content/parts/0/text").asText());
        assertEquals(3, r.body().split("\r\n").length, "elements are separated by CRLF, as gateways split them");
    }

    @Test
    void errorsInGooglesEnvelope() {
        mock.script("ge-429", script("{\"error\":{\"status\":429,\"message\":\"Resource has been exhausted\"},\"headers\":{\"Retry-After\":\"7\"}}"));
        HttpResponse<String> r = client.post(PATH, body("ge-429"), JSON);
        assertEquals(429, r.statusCode());
        JsonNode e = json(r.body()).get("error");
        assertEquals(429, e.get("code").asInt());
        assertEquals("RESOURCE_EXHAUSTED", e.get("status").asText());
        assertEquals("7s", e.at("/details/0/retryDelay").asText());
        r = client.post("/v1beta/models/gemini-2.0-flash:generateContent?key=wrong", body("ge-key"), JSON);
        assertEquals(400, r.statusCode());
        assertEquals("INVALID_ARGUMENT", json(r.body()).at("/error/status").asText());
        r = client.post("/v1beta/models/gemini-2.0-flash:generateContent", body("ge-key"), JSON);
        assertEquals(403, r.statusCode());
        r = client.post(PATH, "{\"contents\":[]}", JSON);
        assertEquals(400, r.statusCode());
    }
}
