package dev.cutover.load;

import io.gatling.http.client.Request;
import io.gatling.javaapi.core.Session;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * Keeps Gatling from sending a broken stream's request a second time. Gatling 3.15's SSE client treats a connection
 * closed in the middle of a stream as a browser's EventSource does: it schedules a reconnect (3 s, or the stream's
 * {@code retry:}) that POSTs the same request again, without telling the scenario and with no setting to turn it off
 * (SseStream.crash in Gatling's sources). The resent request's answer then lands in the same stream, so a broken
 * stream would count as a success some 3 s slower, and the gateway would get requests the run does not show.
 *
 * <p>The one hook Gatling calls on every write of a request is its signature calculator ({@code sign}, applied "before
 * writing them on the wire"; WritableRequestBuilder in Gatling's sources), so each stream request is signed with
 * {@link #guard}: the first write passes unchanged, any later write of the same stream throws before a byte is sent.
 * Gatling then reports the stream crashed while it awaited [DONE], with {@link #REFUSED} in its message, and the
 * stream fails as broken ({@link StreamError}); if the scenario had already given up on the stream (its request
 * timeout came before the resend was due), the resend is still refused and only counted here.
 *
 * <p>Refusing is exact per stream and gateway-neutral: nothing is guessed from timing or from what the chunks look like
 * (a second role chunk, a changed chunk id), and no resent request reaches the gateway. A second write could also be
 * Gatling's transport retry of a request whose pooled keep-alive connection closed before any answer; that never
 * happens here, since every virtual user sends one request on a connection of its own.
 */
final class StreamResends {
    /** Part of the message Gatling records for a stream whose resend was refused. */
    static final String REFUSED = "cutover refused Gatling's resend of a broken stream";
    private static final String SENT = "streamSent";

    private final AtomicLong refused = new AtomicLong();

    /** Gives the session of one stream request the mark {@link #guard} sets on its first write. */
    static Session arm(Session s) {
        return s.set(SENT, new AtomicBoolean());
    }

    /** The signature calculator of the stream request: lets its first write pass and refuses every later one. */
    BiFunction<Request, Session, Request> guard() {
        return (request, s) -> {
            AtomicBoolean sent = s.get(SENT);
            if (sent.getAndSet(true)) {
                refused.incrementAndGet();
                throw new IllegalStateException(REFUSED);
            }
            return request;
        };
    }

    /** Resends refused so far in this run, warm-up included, whether or not the scenario still awaited the stream. */
    long refused() {
        return refused.get();
    }
}
