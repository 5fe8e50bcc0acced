package dev.cutover.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model-like mock, unscripted: what the live checks are proven against. Its answers must vary as a model's do
 * (else a check that only holds for one fixed text would pass here), keep usage consistent, honour a forced tool
 * call and JSON mode, and refuse what a model refuses.
 */
class ModelLikeTest {
    private static final String TOOL = "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}}}]";
    private static MockProvider mock;
    private static TestClient client;

    @BeforeAll
    static void start() {
        mock = MockProvider.start(MockOptions.defaults().withModelLike(true));
        client = new TestClient(mock);
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void unscriptedAnswersVaryAndTheirUsageAddsUp() {
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            JsonNode body = chat("\"max_tokens\":16", 200);
            texts.add(body.at("/choices/0/message/content").asText());
            JsonNode u = body.path("usage");
            assertEquals(u.path("prompt_tokens").asLong() + u.path("completion_tokens").asLong(), u.path("total_tokens").asLong(), u.toString());
            assertTrue(u.path("completion_tokens").asLong() <= 16, u.toString());
        }
        assertTrue(texts.size() > 1, "eight answers, one text: " + texts);
    }

    @Test
    void aForcedToolCallMeetsTheToolsSchema() throws Exception {
        JsonNode call = chat("\"max_tokens\":16,\"tool_choice\":\"required\"," + TOOL, 200).at("/choices/0/message/tool_calls/0");
        assertEquals("get_weather", call.at("/function/name").asText());
        JsonNode args = TestClient.JSON.readTree(call.at("/function/arguments").asText());
        assertTrue(args.path("city").isTextual(), args.toString());
    }

    @Test
    void jsonModeGivesAJsonObject() throws Exception {
        String content = chat("\"response_format\":{\"type\":\"json_object\"}", 200).at("/choices/0/message/content").asText();
        assertTrue(TestClient.JSON.readTree(content).isObject(), content);
    }

    @Test
    void whatAModelRefusesIsRefusedInOpenAisEnvelope() {
        assertEquals("temperature", chat("\"temperature\":3.5", 400).at("/error/param").asText());
        HttpResponse<String> unknown = client.post("/v1/chat/completions",
                "{\"model\":\"nonexistent-model-xyz\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertTrue(unknown.statusCode() == 404 || unknown.statusCode() == 400, unknown.body());
        assertTrue(TestClient.json(unknown.body()).path("error").isObject(), unknown.body());
    }

    private static JsonNode chat(String extra, int status) {
        HttpResponse<String> r = client.post("/v1/chat/completions", "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"Say hi\"}]," + extra + "}");
        assertEquals(status, r.statusCode(), r.body());
        return TestClient.json(r.body());
    }
}
