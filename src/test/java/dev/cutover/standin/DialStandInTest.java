package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.mock.MockOptions;
import dev.cutover.wire.Fault;
import dev.cutover.wire.ReceivedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DIAL stand-in over real loopback HTTP: its auth rules, paths, listings, retries and stream breaks. It runs
 * without the back-off carried between requests (DialBackoffStandInTest has that), so tests cannot disturb each other.
 */
class DialStandInTest {
    private static final Map<String, String> KEY = Map.of("Api-Key", DialConfig.KEY);
    private static Rig rig;

    @BeforeAll
    static void start() {
        rig = new Rig("dial-no-backoff");
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private static String chatPath(String deployment) {
        return "/openai/deployments/" + deployment + "/chat/completions?api-version=2024-02-01";
    }

    @Test
    void callsTheModelWithDialsAdapterProtocolNeverWithTheClientsKey() {
        String key = rig.scripted(Rig.content("Hello via DIAL"));
        HttpResponse<String> r = rig.post(chatPath("gpt-4o-mini"), Rig.chat(key, "gpt-4o-mini"),
                Map.of("Api-Key", DialConfig.KEY, "traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("Hello via DIAL", Rig.json(r).at("/choices/0/message/content").asText());
        assertEquals("1", r.headers().firstValue("x-upstream-attempts").orElse(null));
        assertEquals("*", r.headers().firstValue("access-control-allow-origin").orElse(null));
        ReceivedRequest up = rig.received(key).get(0);
        assertEquals("/openai/deployments/gpt-4o-mini/chat/completions", up.path());
        assertEquals("api-version=2024-02-01", up.query());
        assertEquals(MockOptions.DEFAULT_API_KEY, up.headers().first("x-upstream-key").orElse(null));
        assertEquals(rig.mock.baseUrl() + "/openai/deployments/gpt-4o-mini/chat/completions",
                up.headers().first("x-upstream-endpoint").orElse(null));
        String perRequest = up.headers().first("api-key").orElseThrow();
        assertTrue(perRequest.matches("[0-9a-zA-Z_-]{32}"), perRequest);
        assertFalse(up.headers().all("api-key").contains(DialConfig.KEY), "the client's key reached the provider");
        var traces = up.headers().all("traceparent");
        assertEquals(2, traces.size(), "the client's, then DIAL's own: " + traces);
        assertEquals("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", traces.get(0));
        assertTrue(traces.get(1).matches("00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01"), "the trace goes on: " + traces);
        assertFalse(traces.get(1).contains("b7ad6b7169203331"), "with a span of DIAL's own");
    }

    @Test
    void aBearerKeyAloneIsTakenForAJwtAndRefusedInBareText() {
        String key = rig.scripted(Rig.content("never"));
        HttpResponse<String> r = rig.post(chatPath("gpt-4o-mini"), Rig.chat(key, "gpt-4o-mini"),
                Map.of("Authorization", "Bearer " + DialConfig.KEY));
        assertEquals(401, r.statusCode());
        assertEquals("Bad Authorization header", r.body());
        assertTrue(r.headers().firstValue("content-type").isEmpty(), "DIAL's own errors carry no content type");
        assertEquals(0, rig.received(key).size());
    }

    @Test
    void missingAndUnknownKeysAre401() {
        HttpResponse<String> none = rig.post(chatPath("gpt-4o-mini"), Rig.chat("x", "gpt-4o-mini"), Map.of());
        assertEquals(401, none.statusCode());
        assertEquals("At least API-KEY or Authorization header must be provided", none.body());
        HttpResponse<String> unknown = rig.post(chatPath("gpt-4o-mini"), Rig.chat("x", "gpt-4o-mini"), Map.of("Api-Key", "nope"));
        assertEquals(401, unknown.statusCode());
        assertEquals("Unknown api key", unknown.body());
    }

    @Test
    void aRoleOutsideTheModelsUserRolesIsForbiddenInBareText() {
        String key = rig.scripted(Rig.content("never"));
        HttpResponse<String> r = rig.post(chatPath("gpt-4o"), Rig.chat(key, "gpt-4o"), Map.of("Api-Key", DialConfig.LIMITED_KEY));
        assertEquals(403, r.statusCode());
        assertEquals("Forbidden deployment: gpt-4o", r.body());
        assertEquals(0, rig.received(key).size());
        assertEquals(403, rig.get("/openai/models/gpt-4o", Map.of("Api-Key", DialConfig.LIMITED_KEY)).statusCode());
        assertEquals(2 + DialConfig.FAULT_DEPLOYMENTS, Rig.json(rig.get("/openai/models", Map.of("Api-Key", DialConfig.LIMITED_KEY))).path("data").size(),
                "a listing shows only what the key may see");
    }

    @Test
    void onlyAnExplicitZeroLimitRefusesAKeyWithoutALimitPasses() {
        String key = rig.scripted(Rig.content("Allowed without a limit of its own."));
        // The limited role has no limit for gpt-4o-mini: since 0.17 the default role's limit applies.
        assertEquals(200, rig.post(chatPath("gpt-4o-mini"), Rig.chat(key, "gpt-4o-mini"),
                Map.of("Api-Key", DialConfig.LIMITED_KEY)).statusCode());
        HttpResponse<String> zero = rig.post(chatPath("gpt-4o-mini"), Rig.chat(key, "gpt-4o-mini"),
                Map.of("Api-Key", DialConfig.ZERO_LIMIT_KEY));
        assertEquals(403, zero.statusCode());
        assertEquals("{\"error\":{\"message\":\"Access denied\",\"code\":\"403\"}}", zero.body());
        assertEquals(1, rig.received(key).size());
    }

    @Test
    void theModelsEndpointIsCalledWhateverApiThePathNames() {
        String key = rig.scripted(Rig.content("never"));
        HttpResponse<String> r = rig.post("/openai/deployments/gpt-4o-mini/embeddings",
                "{\"input\":\"Embed [cutover:" + key + "]\"}", KEY);
        assertEquals(400, r.statusCode(), "the chat endpoint finds no messages: " + r.body());
        assertEquals("/openai/deployments/gpt-4o-mini/chat/completions", rig.received(key).get(0).path());
    }

    @Test
    void unknownDeploymentsAndPathsNeverReachTheProvider() {
        String key = rig.scripted(Rig.content("never"));
        HttpResponse<String> model = rig.post(chatPath("nonexistent-model-xyz"), Rig.chat(key, "x"), KEY);
        assertEquals(404, model.statusCode());
        assertEquals("Unknown application: nonexistent-model-xyz", model.body());
        HttpResponse<String> path = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), KEY);
        assertEquals(502, path.statusCode());
        assertEquals("No route", path.body());
        assertEquals(502, rig.get("/openai/nothing-here", KEY).statusCode());
        assertEquals(0, rig.received(key).size());
        assertEquals(401, rig.get("/openai/nothing-here", Map.of()).statusCode(), "the key is checked first");
    }

    @Test
    void aProvider429IsRetriedOnceAndEndsAsNoRoute() {
        String key = rig.scripted(Rig.failing(429, 0, Map.of("Retry-After", "7")));
        HttpResponse<String> r = rig.post(chatPath("gpt-4o-mini"), Rig.chat(key, "gpt-4o-mini"), KEY);
        assertEquals(502, r.statusCode());
        assertEquals("No route", r.body());
        assertEquals(1, rig.received(key).size(), "the only upstream is unavailable after its 429");
    }

    @Test
    void aProvider503IsTriedUpToTheErrorThresholdAndA500IsPassedOn() {
        String unavailable = rig.scripted(Rig.failing(503, 0, Map.of()));
        assertEquals(502, rig.post(chatPath("gpt-4o-mini"), Rig.chat(unavailable, "gpt-4o-mini"), KEY).statusCode());
        assertEquals(3, rig.received(unavailable).size());
        String recovering = rig.scripted(Rig.failing(503, 1, Map.of()));
        HttpResponse<String> r = rig.post(chatPath("gpt-4o-mini"), Rig.chat(recovering, "gpt-4o-mini"), KEY);
        assertEquals(200, r.statusCode());
        assertEquals("2", r.headers().firstValue("x-upstream-attempts").orElse(null));
        String broken = rig.scripted(Rig.failing(500, 0, Map.of()));
        assertEquals(500, rig.post(chatPath("gpt-4o-mini"), Rig.chat(broken, "gpt-4o-mini"), KEY).statusCode());
        assertEquals(1, rig.received(broken).size());
    }

    @Test
    void theTokenLimitAnswers429WithDialsMessage() {
        Map<String, String> limited = Map.of("Api-Key", DialConfig.RATE_LIMITED_KEY);
        String key = rig.scripted(Rig.content("Counted."));
        assertEquals(200, rig.post(chatPath("gpt-4o-mini"), Rig.chat(key, "gpt-4o-mini"), limited).statusCode());
        HttpResponse<String> r = rig.post(chatPath("gpt-4o-mini"), Rig.chat(key, "gpt-4o-mini"), limited);
        assertEquals(429, r.statusCode());
        assertTrue(Rig.json(r).at("/error/message").asText().matches("Hit token rate limit\\. Minute limit: \\d+ / 1 tokens\\. "
                + "Day limit: \\d+ / 9223372036854775807 tokens\\."), r.body());
        assertEquals(1, rig.received(key).size());
    }

    @Test
    void listsModelsInDialsShapeAndAnswersHealth() {
        JsonNode models = Rig.json(rig.get("/openai/models?api-version=2024-02-01", KEY));
        assertEquals("list", models.path("object").asText());
        assertEquals("gpt-4o-mini", models.at("/data/0/id").asText());
        assertTrue(models.at("/data/0/capabilities/chat_completion").asBoolean());
        assertTrue(models.at("/data/0/created").isMissingNode(), "DIAL has created_at, not OpenAI's created");
        assertEquals("deployment", Rig.json(rig.get("/openai/deployments/gpt-4o", KEY)).path("object").asText());
        assertEquals(404, rig.get("/openai/models/nonexistent", KEY).statusCode());
        assertEquals(200, rig.get("/health", Map.of()).statusCode());
    }

    @Test
    void aProviderBreakMidStreamBreaksTheClientConnection() throws IOException {
        String key = rig.scripted(Rig.stream("one two three four five six", 20, Fault.RESET_MID_STREAM));
        HttpResponse<InputStream> r = rig.postStreaming(chatPath("gpt-4o-mini"),
                Rig.chat(key, "gpt-4o-mini", "\"stream\":true"), KEY);
        assertEquals(200, r.statusCode());
        try (InputStream in = r.body()) {
            assertThrows(IOException.class, in::readAllBytes, "the stream ended cleanly: the break was hidden");
        }
    }
}
