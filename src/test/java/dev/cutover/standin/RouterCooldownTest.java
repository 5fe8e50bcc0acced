package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** LiteLLM's router cooldown: its defaults on a one-deployment model group, allowed_fails, disable_cooldowns. */
class RouterCooldownTest {
    private final AtomicLong now = new AtomicLong(10_000_000);

    private RouterCooldown cooldown(Integer allowedFails, boolean disabled) {
        return new RouterCooldown(new RouterCooldown.Settings(allowedFails, Duration.ofSeconds(5), disabled), now::get);
    }

    @Test
    void byDefaultAOneDeploymentGroupCoolsDownOnlyOnErrorsLiteLlmDoesNotRetry() {
        RouterCooldown c = cooldown(null, false);
        for (int status : new int[] {429, 500, 503, 408, 400, 0}) c.failed("m", status);
        assertFalse(c.cooling("m"), "429, 5xx, timeouts, bad requests and connection errors leave it in");
        c.failed("m", 401);
        assertTrue(c.cooling("m"));
        now.addAndGet(4_999);
        assertTrue(c.cooling("m"));
        now.addAndGet(1);
        assertFalse(c.cooling("m"), "cooldown_time 5 s");
        c.failed("m", 404);
        assertTrue(c.cooling("m"));
        assertFalse(c.cooling("other"), "per deployment");
        assertEquals(RouterCooldown.Settings.DEFAULTS, new RouterCooldown(RouterCooldown.Settings.DEFAULTS, now::get).settings());
    }

    @Test
    void allowedFailsCoolsDownOnTheFailureAfterThemWithinCooldownTime() {
        RouterCooldown c = cooldown(1, false);
        c.failed("m", 503);
        assertFalse(c.cooling("m"));
        c.failed("m", 429);
        assertTrue(c.cooling("m"), "more than one failure");
        now.addAndGet(5_000);
        RouterCooldown spaced = cooldown(1, false);
        spaced.failed("m", 500);
        now.addAndGet(5_000);
        spaced.failed("m", 500);
        assertFalse(spaced.cooling("m"), "the count lasts cooldown_time after the last failure");
        RouterCooldown notCounted = cooldown(1, false);
        notCounted.failed("m", 400);
        notCounted.failed("m", 0);
        assertFalse(notCounted.cooling("m"));
    }

    @Test
    void threeIsLiteLlmsOwnDefaultAndDisabledMeansNever() {
        RouterCooldown three = cooldown(3, false);
        for (int i = 0; i < 10; i++) three.failed("m", 500);
        assertFalse(three.cooling("m"), "allowed_fails: 3 reads as not set");
        RouterCooldown off = cooldown(null, true);
        off.failed("m", 401);
        assertFalse(off.cooling("m"));
    }

    @Test
    void theStandInAnswersACooledModelWith429WithoutCallingTheProvider() {
        try (Rig rig = new Rig("litellm")) {
            Map<String, String> master = Map.of("Authorization", "Bearer " + LiteLlmKeys.MASTER);
            String rejected = rig.scripted(Rig.failing(401, 0, Map.of()));
            assertEquals(401, rig.post("/v1/chat/completions", Rig.chat(rejected, "gpt-4o-mini"), master).statusCode());
            String next = rig.scripted(Rig.content("never"));
            HttpResponse<String> r = rig.post("/v1/chat/completions", Rig.chat(next, "gpt-4o-mini"), master);
            assertEquals(429, r.statusCode(), r.body());
            assertTrue(Rig.json(r).at("/error/message").asText().startsWith(
                    "No deployments available for selected model, Try again in 5 seconds. Passed model=gpt-4o-mini."), r.body());
            assertEquals(0, rig.received(next).size());
            String other = rig.scripted(Rig.content("Another model is not cooling."));
            assertEquals(200, rig.post("/v1/chat/completions", Rig.chat(other, "gpt-4o"), master).statusCode());
        }
    }
}
