package dev.cutover.mock;

import static dev.cutover.mock.TestClient.json;
import static dev.cutover.mock.TestClient.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Marker;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scripted provider answering {@code POST /v1/responses} as OpenAI's Responses API does, from the same neutral script. */
class ResponsesApiTest extends OneMockPerClass {

    private static String body(String key, String extra) {
        return "{\"model\":\"gpt-4o-mini\",\"instructions\":\"Be brief\",\"input\":[{\"role\":\"user\",\"content\":\"Say hi "
                + Marker.tag(key) + "\"}]" + extra + "}";
    }

    @Test
    void aResponseWithTextAFunctionCallAndUsage() {
        mock.script("re-json", script("{\"content\":\"Checking\",\"tool_calls\":[{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}],"
                + "\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":20,\"prompt_details\":{\"cached_tokens\":60}}}"));
        HttpResponse<String> r = client.post("/v1/responses", body("re-json", ""));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode response = json(r.body());
        assertEquals("response", response.get("object").asText());
        assertEquals("completed", response.get("status").asText());
        assertEquals("Checking", response.at("/output/0/content/0/text").asText());
        assertEquals("function_call", response.at("/output/1/type").asText());
        assertEquals("get_weather", response.at("/output/1/name").asText());
        assertEquals("{\"city\":\"Paris\"}", response.at("/output/1/arguments").asText().replace(" ", ""));
        assertEquals(100, response.at("/usage/input_tokens").asInt());
        assertEquals(60, response.at("/usage/input_tokens_details/cached_tokens").asInt());
        assertEquals(120, response.at("/usage/total_tokens").asInt());
    }

    @Test
    void aMissingInputIsOpenAisBadRequest() {
        HttpResponse<String> r = client.post("/v1/responses", "{\"model\":\"gpt-4o-mini\"}");
        assertEquals(400, r.statusCode());
        assertEquals("input", json(r.body()).at("/error/param").asText());
    }

    @Test
    void aStreamIsTheTypedEventsNumberedInOrderEndingWithTheWholeResponse() {
        mock.script("re-stream", script("{\"content\":\"one two three\"}"));
        HttpResponse<String> r = client.post("/v1/responses", body("re-stream", ",\"stream\":true"));
        assertEquals(200, r.statusCode());
        List<String> data = TestClient.data(r.body());
        assertFalse(data.contains("[DONE]"));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < data.size(); i++) {
            JsonNode e = json(data.get(i));
            assertEquals(i, e.get("sequence_number").asInt(), data.get(i));
            if (e.get("type").asText().equals("response.output_text.delta")) text.append(e.get("delta").asText());
        }
        assertEquals("one two three", text.toString().trim());
        assertEquals("response.created", json(data.get(0)).get("type").asText());
        JsonNode last = json(data.get(data.size() - 1));
        assertEquals("response.completed", last.get("type").asText());
        assertEquals("one two three", last.at("/response/output/0/content/0/text").asText());
    }

    @Test
    void theResponseRepeatsTheRequestsSettingsAndTheApisDefaultsForTheRest() {
        mock.script("re-echo", script("{\"content\":\"Hi\"}"));
        String extra = ",\"temperature\":0.3,\"metadata\":{\"team\":\"a\"},\"tools\":[{\"type\":\"function\",\"name\":\"f\"}]";
        JsonNode set = json(client.post("/v1/responses", body("re-echo", extra)).body());
        assertEquals("Be brief", set.get("instructions").asText());
        assertEquals(0.3, set.get("temperature").asDouble());
        assertEquals("a", set.at("/metadata/team").asText());
        assertEquals("f", set.at("/tools/0/name").asText());
        mock.script("re-defaults", script("{\"content\":\"Hi\"}"));
        JsonNode unset = json(client.post("/v1/responses", "{\"model\":\"gpt-4o-mini\",\"input\":\"Hi " + Marker.tag("re-defaults") + "\"}").body());
        assertTrue(unset.get("instructions").isNull(), unset.toString());
        assertEquals(1.0, unset.get("temperature").asDouble());
        assertEquals(1.0, unset.get("top_p").asDouble());
        assertEquals("auto", unset.get("tool_choice").asText());
        assertTrue(unset.get("parallel_tool_calls").asBoolean());
        assertEquals(0, unset.get("tools").size());
        assertTrue(unset.get("metadata").isObject() && unset.get("metadata").isEmpty(), unset.toString());
        assertTrue(unset.at("/output/0/content/0/logprobs").isArray(), unset.toString());
        assertEquals(0, unset.at("/usage/input_tokens_details/cache_write_tokens").asInt(-1));
    }

    @Test
    void streamedTextAndArgumentsCarryWhatTheReferenceRequires() {
        mock.script("re-events", script("{\"content\":\"one two\",\"tool_calls\":[{\"name\":\"get_weather\",\"arguments\":\"{}\"}]}"));
        List<String> data = TestClient.data(client.post("/v1/responses", body("re-events", ",\"stream\":true")).body());
        int checked = 0;
        for (String d : data) {
            JsonNode e = json(d);
            switch (e.get("type").asText()) {
                case "response.output_text.delta", "response.output_text.done" -> assertTrue(e.get("logprobs").isArray(), d);
                case "response.function_call_arguments.done" -> assertEquals("get_weather", e.get("name").asText(), d);
                case "response.created" -> assertEquals("auto", e.at("/response/tool_choice").asText(), d);
                default -> checked--;
            }
            checked++;
        }
        assertTrue(checked >= 4, data.toString());
    }
}
