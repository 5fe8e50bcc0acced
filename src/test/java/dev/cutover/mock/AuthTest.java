package dev.cutover.mock;

import static dev.cutover.mock.TestClient.chat;
import static dev.cutover.mock.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class AuthTest extends OneMockPerClass {
    @Test
    void missingKeyOnEveryEndpoint() {
        for (HttpResponse<String> r : new HttpResponse[] {
                client.post("/v1/chat/completions", chat("auth-missing", ""), "content-type", "application/json"),
                client.get("/v1/models", "accept", "application/json")}) {
            ChatCompletionTest.assertError(r, 401, null, null);
            JsonNode error = json(r.body()).get("error");
            assertTrue(error.get("message").asText().startsWith("You didn't provide an API key."));
            assertEquals("invalid_request_error", error.get("type").asText());
        }
    }

    @Test
    void wrongKeyIsInvalidApiKeyAndMasked() {
        HttpResponse<String> r = client.post("/v1/chat/completions", chat("auth-wrong", ""),
                "authorization", "Bearer sk-wrong-key-123456");
        ChatCompletionTest.assertError(r, 401, null, "invalid_api_key");
        assertFalse(r.body().contains("sk-wrong-key-123456"));
        ChatCompletionTest.assertError(client.get("/v1/models", "api-key", "nope-nope-nope"), 401, null, "invalid_api_key");
        // Rejected requests still reached the provider, so they are journaled.
        assertEquals("Bearer sk-wrong-key-123456",
                mock.received("auth-wrong").get(0).headers().first("authorization").orElseThrow());
    }

    @Test
    void azureKeyHeaderIsAccepted() {
        assertEquals(200, client.get("/v1/models", "api-key", TestClient.KEY).statusCode());
    }

    @Test
    void withoutAConfiguredKeyAnyKeyPasses() {
        try (MockProvider open = MockProvider.start(MockOptions.defaults().withApiKey(null))) {
            TestClient c = new TestClient(open);
            assertEquals(200, c.get("/v1/models", "authorization", "Bearer anything").statusCode());
            assertEquals(401, c.get("/v1/models", "accept", "*/*").statusCode());
        }
    }
}
