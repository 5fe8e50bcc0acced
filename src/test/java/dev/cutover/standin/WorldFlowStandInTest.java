package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The WorldFlow stand-in over real loopback HTTP: its exact-match cache, bypass, headers and virtual keys. */
class WorldFlowStandInTest {
    private static final Map<String, String> KEY = Map.of("Authorization", "Bearer " + WorldFlowStandIn.KEY);
    private static Rig rig;

    @BeforeAll
    static void start() {
        rig = new Rig("worldflow");
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    @Test
    void theSecondIdenticalRequestIsServedFromTheCache() {
        String key = rig.scripted(Rig.content("Cache me"));
        HttpResponse<String> first = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), KEY);
        assertEquals("MISS", first.headers().firstValue("x-synapse-cache-status").orElse(null));
        assertEquals("gpt-4o-mini", first.headers().firstValue("x-worldflow-model").orElse(null));
        String cost = first.headers().firstValue("x-worldflow-cost").orElseThrow();
        assertTrue(Double.parseDouble(cost) > 0, cost);
        HttpResponse<String> second = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), KEY);
        assertEquals("HIT", second.headers().firstValue("x-synapse-cache-status").orElse(null));
        assertEquals(cost, second.headers().firstValue("x-worldflow-cost-saved").orElse(null));
        assertEquals(first.body(), second.body());
        assertEquals(1, rig.received(key).size(), "a hit must not call the provider");
        HttpResponse<String> other = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini", "\"temperature\":0.5"), KEY);
        assertEquals("MISS", other.headers().firstValue("x-synapse-cache-status").orElse(null));
    }

    @Test
    void skipCacheForcesAMissAndAProviderCall() {
        String key = rig.scripted(Rig.content("Fresh"));
        rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), KEY);
        HttpResponse<String> r = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"),
                Map.of("Authorization", "Bearer " + WorldFlowStandIn.KEY, "X-Synapse-Skip-Cache", "true",
                        "X-WorldFlow-Routing", "cost"));
        assertEquals("MISS", r.headers().firstValue("x-synapse-cache-status").orElse(null));
        assertTrue(r.headers().firstValue("x-worldflow-routing-reason").orElseThrow().contains("'cost'"));
        assertEquals(2, rig.received(key).size());
        assertTrue(rig.received(key).get(1).headers().first("x-synapse-skip-cache").isEmpty(), "WorldFlow's own headers stay");
    }

    @Test
    void errorsAreNotCached() {
        String key = rig.scripted(Rig.failing(500, 1, Map.of()));
        assertEquals(500, rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), KEY).statusCode());
        HttpResponse<String> again = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), KEY);
        assertEquals(200, again.statusCode());
        assertEquals("MISS", again.headers().firstValue("x-synapse-cache-status").orElse(null));
    }

    @Test
    void virtualKeysLimitModelsAndBudget() {
        String key = rig.scripted(Rig.content("never"));
        HttpResponse<String> limited = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o"),
                Map.of("Authorization", "Bearer " + WorldFlowStandIn.LIMITED_KEY));
        assertEquals(403, limited.statusCode());
        assertEquals("model", Rig.json(limited).at("/error/param").asText());
        HttpResponse<String> broke = rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"),
                Map.of("Authorization", "Bearer " + WorldFlowStandIn.OVER_BUDGET_KEY));
        assertEquals(429, broke.statusCode());
        assertEquals("budget_exceeded", Rig.json(broke).at("/error/code").asText());
        assertEquals(401, rig.post("/v1/chat/completions", Rig.chat(key, "gpt-4o-mini"), Map.of()).statusCode());
        assertEquals(0, rig.received(key).size());
    }
}
