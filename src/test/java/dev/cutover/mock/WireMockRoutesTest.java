package dev.cutover.mock;

import static dev.cutover.mock.TestClient.chat;
import static dev.cutover.mock.TestClient.json;
import static dev.cutover.mock.TestClient.script;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.isA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Marker;
import dev.cutover.wire.ReceivedRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model listings and unknown paths come from the WireMock mappings under mocks/; Azure paths too. */
class WireMockRoutesTest extends OneMockPerClass {
    @Test
    void modelsListHasOpenAisShape() {
        // As a user would check an OpenAI-compatible listing with RestAssured.
        given().baseUri(mock.baseUrl()).header("Authorization", "Bearer " + TestClient.KEY)
                .when().get("/v1/models")
                .then().statusCode(200).contentType("application/json")
                .body("object", equalTo("list"))
                .body("data.id", contains("gpt-4o-mini", "gpt-4o", "text-embedding-3-small"))
                .body("data.object", everyItem(equalTo("model")))
                .body("data.created", everyItem(isA(Integer.class)))
                .body("data.owned_by", everyItem(isA(String.class)));
        JsonNode body = json(client.get("/v1/models").body());
        assertEquals(body, json(client.get("/openai/models?api-version=2024-10-21", "api-key", TestClient.KEY).body()));
    }

    @Test
    void modelGetAndUnknownModel() {
        JsonNode model = json(client.get("/v1/models/gpt-4o").body());
        assertEquals("gpt-4o", model.get("id").asText());
        assertEquals("model", model.get("object").asText());
        HttpResponse<String> unknown = client.get("/v1/models/gpt-9");
        ChatCompletionTest.assertError(unknown, 404, null, "model_not_found");
        assertEquals("The model `gpt-9` does not exist or you do not have access to it.",
                json(unknown.body()).at("/error/message").asText());
    }

    @Test
    void unknownPathGetsTheNotFoundEnvelope() {
        HttpResponse<String> r = client.post("/v1/nothing-here", "{}");
        ChatCompletionTest.assertError(r, 404, null, null);
        assertEquals("Invalid URL (POST /v1/nothing-here)", json(r.body()).at("/error/message").asText());
    }

    @Test
    void azureDeploymentPaths() {
        mock.script("azure-chat", script("{\"content\":\"from azure\"}"));
        HttpResponse<String> r = client.post("/openai/deployments/my-gpt/chat/completions?api-version=2024-10-21",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"hi " + Marker.tag("azure-chat") + "\"}]}",
                "api-key", TestClient.KEY);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("from azure", json(r.body()).at("/choices/0/message/content").asText());
        assertEquals("my-gpt", json(r.body()).get("model").asText());
        ReceivedRequest seen = mock.received("azure-chat").get(0);
        assertEquals("/openai/deployments/my-gpt/chat/completions", seen.path());
        assertEquals("api-version=2024-10-21", seen.query());
        HttpResponse<String> e = client.post("/openai/deployments/my-emb/embeddings?api-version=2024-10-21",
                "{\"input\":\"x\"}", "api-key", TestClient.KEY);
        assertEquals(8, json(e.body()).at("/data/0/embedding").size());
    }

    @Test
    void scriptedKeyOnAModelListingWrapsTheMappingReply() {
        mock.script("models-headers", script("{\"headers\":{\"x-request-id\":\"req_1\"}}"));
        HttpResponse<String> r = client.get("/v1/models", "authorization", "Bearer " + TestClient.KEY,
                Marker.HEADER, "models-headers");
        assertEquals(200, r.statusCode());
        assertEquals("req_1", r.headers().firstValue("x-request-id").orElseThrow());
        assertEquals(3, json(r.body()).get("data").size());
    }

    @Test
    void mappingsFromAFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(dir.resolve("mappings/health.json"), "{\"request\":{\"method\":\"GET\",\"url\":\"/health\"},"
                + "\"response\":{\"status\":200,\"body\":\"ok\"}}");
        try (MockProvider own = MockProvider.start(MockOptions.defaults().withMocksDir(dir))) {
            HttpResponse<String> r = new TestClient(own).get("/health");
            assertEquals(200, r.statusCode());
            assertEquals("ok", r.body());
        }
    }

    @Test
    void unmarkedChatGetsTheDefaultReply() {
        HttpResponse<String> r = client.post("/v1/chat/completions",
                "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertEquals(200, r.statusCode());
        assertEquals("Hello from the mock provider", json(r.body()).at("/choices/0/message/content").asText());
        assertTrue(mock.received(MockProvider.UNMARKED).stream().anyMatch(q -> q.body().contains("\"hi\"")));
        assertEquals(1, json(client.post("/v1/chat/completions", chat("unused", "")).body()).get("choices").size());
    }
}
