package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** UpstreamState's arithmetic on a clock the test moves. */
class DialBackoffTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final DialBackoff backoff = new DialBackoff(true, now::get);

    @Test
    void a429IsOutForItsRetryAfterOrThirtySeconds() {
        DialBackoff.Upstream u = backoff.upstream("m");
        u.failed(429, "7");
        assertFalse(u.available());
        now.addAndGet(7_000);
        assertFalse(u.available(), "available only after the instant has passed");
        now.addAndGet(1);
        assertTrue(u.available());
        for (String header : new String[] {null, "Wed, 21 Oct 2015 07:28:00 GMT", "1.5"}) {
            u.failed(429, header);
            now.addAndGet(29_999);
            assertFalse(u.available(), "default 30 s for " + header);
            now.addAndGet(2);
            assertTrue(u.available());
        }
    }

    @Test
    void fiveHundredsBackOffExponentiallyFromTheThirdUpToFiveMinutes() {
        DialBackoff.Upstream u = backoff.upstream("m");
        u.failed(503, null);
        u.failed(500, null);
        assertTrue(u.available(), "two errors are below the threshold");
        u.failed(502, null);
        assertEquals(8_000, u.outForMs(), "2^3 s");
        now.addAndGet(8_001);
        u.failed(504, null);
        assertEquals(16_000, u.outForMs(), "the count is not reset by time, only by a success");
        for (int i = 0; i < 10; i++) u.failed(500, null);
        assertEquals(300_000, u.outForMs());
        u.succeeded();
        assertTrue(u.available());
        u.failed(500, null);
        assertTrue(u.available(), "counting starts again");
    }

    @Test
    void fourHundredsOtherThan429DoNotCount() {
        DialBackoff.Upstream u = backoff.upstream("m");
        for (int i = 0; i < 5; i++) u.failed(400, null);
        assertTrue(u.available());
    }

    @Test
    void stateIsPerDeploymentOrPerRequestWithoutBackoff() {
        assertSame(backoff.upstream("a"), backoff.upstream("a"));
        assertNotSame(backoff.upstream("a"), backoff.upstream("b"));
        DialBackoff fresh = new DialBackoff(false, now::get);
        fresh.upstream("a").failed(429, "60");
        assertTrue(fresh.upstream("a").available());
    }
}
