package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.mock.MockOptions;
import dev.cutover.wire.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The LiteLLM stand-in over real loopback HTTP: virtual keys, retries, headers, error shape, health. */
class LiteLlmStandInTest {
    private static final Map<String, String> MASTER = bearer(LiteLlmKeys.MASTER);
    private static Rig rig;

    @BeforeAll
    static void start() {
        rig = new Rig("litellm");
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private static Map<String, String> bearer(String key) {
        return Map.of("Authorization", "Bearer " + key);
    }

    @Test
    void answersOnV1AndBarePathsWithItsHeadersAndTheProvidersPrefixed() {
        String key = rig.scripted(Rig.withHeaders("Hi from LiteLLM",
                Map.of("x-request-id", "req-9", "x-ratelimit-remaining-requests", "99")));
        for (String path : new String[] {"/v1/chat/completions", "/chat/completions"}) {
            HttpResponse<String> r = rig.post(path, Rig.chat(key, "gpt-4o-mini"), MASTER);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("Hi from LiteLLM", Rig.json(r).at("/choices/0/message/content").asText());
            for (String h : new String[] {"x-litellm-call-id", "x-litellm-model-id", "x-litellm-version",
                    "x-litellm-overhead-duration-ms", "x-litellm-attempted-fallbacks"}) {
                assertTrue(r.headers().firstValue(h).isPresent(), h + " missing");
            }
            assertTrue(Double.parseDouble(r.headers().firstValue("x-litellm-response-cost").orElseThrow()) > 0);
            assertEquals("0", r.headers().firstValue("x-litellm-attempted-retries").orElse(null));
            assertEquals("req-9", r.headers().firstValue("llm_provider-x-request-id").orElse(null));
            assertTrue(r.headers().firstValue("x-request-id").isEmpty(), "provider headers come back prefixed");
            assertEquals("99", r.headers().firstValue("x-ratelimit-remaining-requests").orElse(null));
        }
        assertEquals("Bearer " + MockOptions.DEFAULT_API_KEY, rig.received(key).get(0).headers().first("authorization").orElse(null));
    }

    @Test
    void aLimitedKeyIsRefusedTheModelItMayNotUse() {
        String key = rig.scripted(Rig.content("never"));
        HttpResponse<String> r = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o"), bearer(LiteLlmKeys.LIMITED));
        assertEquals(401, r.statusCode());
        JsonNode e = Rig.json(r).path("error");
        assertEquals("key_model_access_denied", e.path("type").asText());
        assertEquals("401", e.path("code").asText());
        assertTrue(e.path("message").asText().endsWith("Tried to access gpt-4o"), e.toString());
        assertEquals(0, rig.received(key).size());
        assertEquals(2, Rig.json(rig.get("/v1/models", bearer(LiteLlmKeys.LIMITED))).path("data").size());
    }

    @Test
    void anOverBudgetKeyGetsTheBudgetError() {
        String key = rig.scripted(Rig.content("never"));
        HttpResponse<String> r = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), bearer(LiteLlmKeys.OVER_BUDGET));
        assertEquals(400, r.statusCode());
        assertEquals("budget_exceeded", Rig.json(r).at("/error/type").asText());
        assertEquals(0, rig.received(key).size());
    }

    @Test
    void theThirdRequestInAMinuteOfAnRpm2KeyIs429WithRetryAfter() {
        String key = rig.scripted(Rig.content("ok"));
        Map<String, String> limited = bearer(LiteLlmKeys.RATE_LIMITED);
        HttpResponse<String> first = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), limited);
        assertEquals("1", first.headers().firstValue("x-ratelimit-remaining-requests").orElse(null));
        assertEquals(200, rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), limited).statusCode());
        HttpResponse<String> third = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), limited);
        assertEquals(429, third.statusCode(), third.body());
        assertTrue(Integer.parseInt(third.headers().firstValue("retry-after").orElseThrow()) > 0);
        assertEquals("0", third.headers().firstValue("x-ratelimit-remaining-requests").orElse(null));
        assertEquals("429", Rig.json(third).at("/error/code").asText());
        assertEquals(2, rig.received(key).size());
    }

    @Test
    void retriesServerErrorsTwiceByDefaultAndAsTheRequestHeaderSays() {
        String recovering = rig.scripted(Rig.failing(500, 1, Map.of()));
        HttpResponse<String> r = rig.post("/v1/chat/completions", Rig.chat(recovering, "gpt-4o-mini"), MASTER);
        assertEquals(200, r.statusCode());
        assertEquals("1", r.headers().firstValue("x-litellm-attempted-retries").orElse(null));
        assertEquals(2, rig.received(recovering).size());
        String down = rig.scripted(Rig.failing(503, 0, Map.of("retry-after", "1")));
        HttpResponse<String> failed = rig.post("/v1/chat/completions", Rig.chat(down, "gpt-4o-mini"), MASTER);
        assertEquals(503, failed.statusCode());
        assertEquals(3, rig.received(down).size());
        assertEquals("1", failed.headers().firstValue("llm_provider-retry-after").orElse(null));
        assertTrue(Rig.json(failed).at("/error/message").asText().startsWith("litellm.ServiceUnavailableError: OpenAIException - "));
        String once = rig.scripted(Rig.failing(503, 0, Map.of()));
        rig.post("/v1/chat/completions", Rig.chat(once, "gpt-4o-mini"), Map.of("Authorization", "Bearer " + LiteLlmKeys.MASTER,
                "x-litellm-num-retries", "0"));
        assertEquals(1, rig.received(once).size());
        String invalid = rig.scripted(Rig.failing(400, 0, Map.of()));
        HttpResponse<String> bad = rig.post("/v1/chat/completions", Rig.chat(invalid, "gpt-4o-mini"), MASTER);
        assertEquals("400", Rig.json(bad).at("/error/code").asText());
        assertEquals(1, rig.received(invalid).size(), "a 400 is not retried");
    }

    @Test
    void aBreakMidStreamBecomesAnErrorEvent() throws IOException {
        String key = rig.scripted(Rig.stream("one two three four five six", 20, Fault.RESET_MID_STREAM));
        HttpResponse<InputStream> r = rig.postStreaming("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini", "\"stream\":true"), MASTER);
        String body;
        try (InputStream in = r.body()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(body.contains("data: {\"error\":{"), body);
        assertTrue(!body.contains("[DONE]"), body);
    }

    @Test
    void aReplyCutShortIsRetriedThenAnsweredAsAConnectionError() {
        String key = rig.scripted(Rig.stream("a whole reply cut in half", 0, Fault.RESET_MID_STREAM));
        HttpResponse<String> r = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), MASTER);
        assertEquals(500, r.statusCode(), r.body());
        assertTrue(Rig.json(r).at("/error/message").asText().startsWith("litellm.APIConnectionError"), r.body());
        assertEquals(3, rig.received(key).size());
    }

    @Test
    void healthEndpointsNeedNoKey() {
        HttpResponse<String> alive = rig.get("/health/liveliness", Map.of());
        assertEquals(200, alive.statusCode());
        assertEquals("I'm alive!", Rig.json(alive).asText());
        assertEquals("healthy", Rig.json(rig.get("/health/readiness", Map.of())).path("status").asText());
        assertEquals(401, rig.get("/v1/models", Map.of()).statusCode());
    }
}
