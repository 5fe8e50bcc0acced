package dev.cutover.mock;

import static dev.cutover.mock.TestClient.chat;
import static dev.cutover.mock.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Marker;
import dev.cutover.wire.ReceivedRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * DIAL core calls a model's endpoint the way it calls an adapter: {@code Api-Key} holds a key DIAL made for this
 * one request, {@code X-UPSTREAM-ENDPOINT} the provider endpoint, {@code X-UPSTREAM-KEY} the provider key.
 * The mock takes that call as the adapter's call to the provider would arrive.
 */
class DialAdapterProtocolTest extends OneMockPerClass {
    private static final String PER_REQUEST_KEY = "dial-per-request-7f3a9c";
    private static final String ENDPOINT = "http://adapter.invalid/openai/deployments/gpt-4o-mini/chat/completions";

    private static HttpResponse<String> asDial(String path, String key, String endpoint, String upstreamKey) {
        String body = endpoint.endsWith("/embeddings")
                ? "{\"model\":\"text-embedding-3-small\",\"input\":\"Embed " + Marker.tag(key) + "\"}" : chat(key, "");
        return client.post(path, body, "content-type", "application/json", "api-key", PER_REQUEST_KEY,
                "x-upstream-endpoint", endpoint, "x-upstream-key", upstreamKey);
    }

    @Test
    void theUpstreamKeyIsTheProviderKeyAndThePerRequestKeyIsNotAsked() {
        HttpResponse<String> r = asDial("/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-02-01",
                "dial-adapter-ok", ENDPOINT, TestClient.KEY);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("chat.completion", json(r.body()).path("object").asText());
        ReceivedRequest got = mock.received("dial-adapter-ok").get(0);
        assertEquals(PER_REQUEST_KEY, got.headers().first("api-key").orElseThrow(), "what DIAL sent is journaled as sent");
    }

    @Test
    void aWrongOrMissingUpstreamKeyIsRefusedEvenWhenApiKeyHoldsTheProvidersKey() {
        HttpResponse<String> wrong = asDial("/openai/deployments/gpt-4o-mini/chat/completions", "dial-adapter-wrong",
                ENDPOINT, "sk-not-the-mock-key");
        ChatCompletionTest.assertError(wrong, 401, null, "invalid_api_key");
        // DIAL never puts the provider key in Api-Key: a request that does is no adapter call either.
        HttpResponse<String> missing = client.post("/openai/deployments/gpt-4o-mini/chat/completions",
                chat("dial-adapter-missing", ""), "content-type", "application/json", "api-key", TestClient.KEY,
                "x-upstream-endpoint", ENDPOINT);
        ChatCompletionTest.assertError(missing, 401, null, null);
    }

    @Test
    void theUpstreamEndpointDecidesPathDeploymentAndQuery() {
        // The model's own endpoint may be anything (here an unknown path): the call is served at X-UPSTREAM-ENDPOINT.
        HttpResponse<String> r = asDial("/adapter/any?api-version=2024-02-01", "dial-adapter-path",
                "http://provider.invalid/openai/deployments/text-embedding-3-small/embeddings", TestClient.KEY);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("list", json(r.body()).path("object").asText(), "answered as an embeddings call");
        ReceivedRequest got = mock.received("dial-adapter-path").get(0);
        assertEquals("/openai/deployments/text-embedding-3-small/embeddings", got.path());
        assertEquals("api-version=2024-02-01", got.query(), "the incoming query is kept when the endpoint has none");
        HttpResponse<String> own = asDial("/x?api-version=1", "dial-adapter-query",
                "http://p.invalid/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01", TestClient.KEY);
        assertEquals(200, own.statusCode(), own.body());
        assertEquals("api-version=2024-06-01", mock.received("dial-adapter-query").get(0).query());
    }

    @Test
    void anEndpointThatIsNoUrlIsABadRequest() {
        HttpResponse<String> r = asDial("/openai/deployments/gpt-4o-mini/chat/completions", "dial-adapter-bad",
                "not a url", TestClient.KEY);
        ChatCompletionTest.assertError(r, 400, null, null);
        assertTrue(json(r.body()).at("/error/message").asText().contains("x-upstream-endpoint"), r.body());
    }

    @Test
    void requestsWithoutTheProtocolKeepOpenAisRules() {
        assertEquals(200, client.post("/v1/chat/completions", chat("dial-adapter-plain", "")).statusCode());
        assertEquals(200, client.post("/openai/deployments/gpt-4o-mini/chat/completions", chat("dial-adapter-azure", ""),
                "content-type", "application/json", "api-key", TestClient.KEY).statusCode());
    }
}
