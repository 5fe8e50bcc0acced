package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The memory proxy in front of the LiteLLM stand-in: its own /health, everything else LiteLLM's. */
class ChainedStandInTest {
    private static Rig rig;

    @BeforeAll
    static void start() {
        rig = new Rig("litellm-chained");
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    @Test
    void bothProxiesHealthEndpointsAnswer() {
        HttpResponse<String> own = rig.get("/health", Map.of());
        assertEquals(200, own.statusCode());
        assertEquals("ok", Rig.json(own).path("status").asText());
        assertEquals("I'm alive!", Rig.json(rig.get("/health/liveliness", Map.of())).asText());
    }

    @Test
    void requestsReachLiteLlmWithTheClientsKeyAndComeBackWithItsHeaders() {
        String key = rig.scripted(Rig.content("Through two proxies"));
        HttpResponse<String> r = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"),
                Map.of("Authorization", "Bearer " + LiteLlmKeys.MASTER));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("x-litellm-call-id").isPresent());
        assertEquals(401, rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), Map.of()).statusCode());
        assertEquals(1, rig.received(key).size());
    }
}
