package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DIAL's back-off as the "dial" stand-in keeps it across requests, as a real DIAL core 0.18.0 did in calibration:
 * after a provider 429 or three 5xx the deployment answers 502 "No route" without calling the provider, other
 * deployments and keys are not spared (the state is per deployment), and "dial-no-backoff" forgets it.
 */
class DialBackoffStandInTest {
    private static final Map<String, String> KEY = Map.of("Api-Key", DialConfig.KEY);
    private Rig rig;

    @BeforeEach
    void start() {
        rig = new Rig("dial");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private HttpResponse<String> chat(Rig on, String deployment, String exchange, Map<String, String> key) {
        return on.post("/openai/deployments/" + deployment + "/chat/completions?api-version=2024-02-01",
                Rig.chat(exchange, deployment), key);
    }

    @Test
    void a429PutsTheDeploymentOutForItsRetryAfterForEveryKey() throws InterruptedException {
        String limited = rig.scripted(Rig.failing(429, 0, Map.of("Retry-After", "1")));
        assertEquals(502, chat(rig, "gpt-4o-mini", limited, KEY).statusCode());
        assertEquals(1, rig.received(limited).size());
        String next = rig.scripted(Rig.content("Too early."));
        HttpResponse<String> early = chat(rig, "gpt-4o-mini", next, Map.of("Api-Key", DialConfig.RATE_LIMITED_KEY));
        assertEquals(502, early.statusCode());
        assertEquals("No route", early.body());
        assertEquals(0, rig.received(next).size(), "a backed-off upstream is not called");
        String other = rig.scripted(Rig.content("Another deployment is not affected."));
        assertEquals(200, chat(rig, "gpt-4o", other, KEY).statusCode());
        Thread.sleep(1_100);
        assertEquals(200, chat(rig, "gpt-4o-mini", next, KEY).statusCode(), "back after Retry-After");
    }

    @Test
    void threeErrorsBackOffAndASuccessResetsTheCount() {
        // A 500 is passed on, but counts; a 200 clears the count; two more 500s and a 503 make three errors.
        String broken = rig.scripted(Rig.failing(500, 1, Map.of()));
        assertEquals(500, chat(rig, "gpt-4o-mini", broken, KEY).statusCode());
        assertEquals(200, chat(rig, "gpt-4o-mini", broken, KEY).statusCode(), "an answer resets the count");
        String twice = rig.scripted(Rig.failing(500, 0, Map.of()));
        assertEquals(500, chat(rig, "gpt-4o-mini", twice, KEY).statusCode());
        assertEquals(500, chat(rig, "gpt-4o-mini", twice, KEY).statusCode());
        String unavailable = rig.scripted(Rig.failing(503, 0, Map.of()));
        HttpResponse<String> r = chat(rig, "gpt-4o-mini", unavailable, KEY);
        assertEquals(502, r.statusCode());
        assertEquals(1, rig.received(unavailable).size(), "the third error overall put the upstream out at once");
        String after = rig.scripted(Rig.content("never"));
        assertEquals(502, chat(rig, "gpt-4o-mini", after, KEY).statusCode());
        assertEquals(0, rig.received(after).size(), "out for 2^3 s");
    }

    @Test
    void withoutBackoffEveryRequestStartsClean() {
        try (Rig fresh = new Rig("dial-no-backoff")) {
            String unavailable = fresh.scripted(Rig.failing(503, 0, Map.of()));
            assertEquals(502, chat(fresh, "gpt-4o-mini", unavailable, KEY).statusCode());
            assertEquals(3, fresh.received(unavailable).size(), "three errors end the request's own retries");
            String next = fresh.scripted(Rig.content("Served."));
            assertEquals(200, chat(fresh, "gpt-4o-mini", next, KEY).statusCode());
            String limited = fresh.scripted(Rig.failing(429, 0, Map.of()));
            assertEquals(502, chat(fresh, "gpt-4o-mini", limited, KEY).statusCode());
            assertEquals(1, fresh.received(limited).size());
            assertEquals(200, chat(fresh, "gpt-4o-mini", next, KEY).statusCode());
        }
    }
}
