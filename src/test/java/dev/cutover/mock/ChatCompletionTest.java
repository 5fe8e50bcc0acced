package dev.cutover.mock;

import static dev.cutover.mock.TestClient.chat;
import static dev.cutover.mock.TestClient.json;
import static dev.cutover.mock.TestClient.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ChatCompletionTest extends OneMockPerClass {
    @Test
    void jsonCompletionHasOpenAisShape() {
        mock.script("chat-json", script("{\"content\":\"Hi there friend\",\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3}}"));
        HttpResponse<String> r = client.post("/v1/chat/completions", chat("chat-json", ""));
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("content-type").orElseThrow());
        JsonNode body = json(r.body());
        assertTrue(body.get("id").asText().startsWith("chatcmpl-"));
        assertEquals("chat.completion", body.get("object").asText());
        assertEquals("gpt-4o-mini", body.get("model").asText());
        assertTrue(body.get("created").isIntegralNumber());
        assertTrue(body.get("system_fingerprint").isTextual());
        JsonNode choice = body.get("choices").get(0);
        assertEquals(0, choice.get("index").asInt());
        assertEquals("assistant", choice.at("/message/role").asText());
        assertEquals("Hi there friend", choice.at("/message/content").asText());
        assertTrue(choice.at("/message/refusal").isNull());
        assertTrue(choice.get("logprobs").isNull());
        assertEquals("stop", choice.get("finish_reason").asText());
        assertEquals(10, body.at("/usage/total_tokens").asInt());
    }

    @Test
    void usageIsCountedWithoutTheMarker() {
        HttpResponse<String> r = client.post("/v1/chat/completions", chat("chat-count", ""));
        JsonNode usage = json(r.body()).get("usage");
        assertEquals(2, usage.get("prompt_tokens").asInt()); // "Say hi"
        assertEquals(5, usage.get("completion_tokens").asInt()); // the default content
        assertEquals(7, usage.get("total_tokens").asInt());
    }

    @Test
    void nChoicesEachGetTheContent() {
        mock.script("chat-n", script("{\"content\":\"two of us\"}"));
        JsonNode choices = json(client.post("/v1/chat/completions", chat("chat-n", "\"n\":2")).body()).get("choices");
        assertEquals(2, choices.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(i, choices.get(i).get("index").asInt());
            assertEquals("two of us", choices.get(i).at("/message/content").asText());
        }
    }

    @Test
    void logprobsWhenTheRequestAsks() {
        mock.script("chat-logprobs", script("{\"content\":\"a bé\"}"));
        JsonNode lp = json(client.post("/v1/chat/completions", chat("chat-logprobs", "\"logprobs\":true")).body())
                .at("/choices/0/logprobs");
        assertEquals(2, lp.get("content").size());
        JsonNode second = lp.get("content").get(1);
        assertEquals("bé", second.get("token").asText());
        assertTrue(second.get("logprob").asDouble() < 0);
        assertEquals(3, second.get("bytes").size()); // é is two bytes in UTF-8
        assertEquals(0, second.get("top_logprobs").size());
        assertTrue(lp.get("refusal").isNull());
    }

    @Test
    void toolCallsWithoutContent() {
        mock.script("chat-tools", script("{\"tool_calls\":[{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}]}"));
        JsonNode choice = json(client.post("/v1/chat/completions", chat("chat-tools", "")).body()).at("/choices/0");
        assertTrue(choice.at("/message/content").isNull());
        JsonNode call = choice.at("/message/tool_calls/0");
        assertTrue(call.get("id").asText().startsWith("call_"));
        assertEquals("function", call.get("type").asText());
        assertEquals("get_weather", call.at("/function/name").asText());
        assertEquals("{\"city\":\"Paris\"}", call.at("/function/arguments").asText());
        assertEquals("tool_calls", choice.get("finish_reason").asText());
    }

    @Test
    void invalidRequestsAreRejectedLikeOpenAi() {
        assertError(client.post("/v1/chat/completions", "{not json"), 400, null, null);
        assertError(client.post("/v1/chat/completions", "{\"messages\":[]}"), 400, "model", null);
        assertError(client.post("/v1/chat/completions", "{\"model\":\"gpt-4o\"}"), 400, "messages", null);
        HttpResponse<String> r = client.post("/v1/chat/completions",
                "{\"model\":\"nonexistent-model\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
        assertError(r, 404, null, "model_not_found");
        assertEquals("The model `nonexistent-model` does not exist or you do not have access to it.",
                json(r.body()).at("/error/message").asText());
    }

    static void assertError(HttpResponse<String> r, int status, String param, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
        JsonNode error = json(r.body()).get("error");
        assertEquals(4, error.size(), r.body());
        assertTrue(error.get("message").isTextual());
        assertTrue(error.get("type").isTextual());
        assertEquals(param, error.get("param").isNull() ? null : error.get("param").asText());
        assertEquals(code, error.get("code").isNull() ? null : error.get("code").asText());
    }

    /**
     * The completion is written straight as JSON, not built as a tree: it must still be exactly the compact JSON of
     * its own tree, the shared fields first, whatever the script (text with escapes, tools, a legacy function call,
     * reasoning, a refusal, logprobs, n, usage details).
     */
    @Test
    void theCompletionIsTheCompactJsonOfItsOwnTree() {
        java.util.List<String> scripts = java.util.List.of("{\"content\":\"Grüße, \\\"quoted\\\"\\nline\",\"logprobs\":true}",
                "{\"tool_calls\":[{\"name\":\"f\",\"arguments\":\"{\\\"a\\\":1}\"}],\"reasoning\":\"think first\"}",
                "{\"refusal\":\"no\",\"service_tier\":\"flex\",\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,"
                        + "\"prompt_tokens_details\":{\"cached_tokens\":1}}}",
                "{\"function_call\":{\"name\":\"g\"}}");
        int k = 0;
        for (String s : scripts) {
            for (String extra : java.util.List.of("", "\"n\":2,\"logprobs\":true,\"top_logprobs\":2")) {
                String key = "compact-" + k++;
                mock.script(key, script(s));
                String body = client.post("/v1/chat/completions", chat(key, extra)).body();
                JsonNode tree = json(body);
                assertEquals(tree.toString(), body, "not the compact JSON of its own tree");
                assertEquals("chat.completion", tree.path("object").asText());
                assertEquals(extra.isEmpty() ? 1 : 2, tree.path("choices").size());
            }
        }
    }
}
