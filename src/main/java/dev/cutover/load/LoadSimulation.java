package dev.cutover.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.sse;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.cutover.http.HttpCall;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;

/**
 * The one generic simulation: reads a target and a load profile and sends chat completions, a share of
 * them streamed, in the profile's shape. Plain requests are checked for status 200; streams for status
 * 200 and a {@code [DONE]} within the request timeout. Each finished request becomes a {@link Sample}:
 * for streams, the arrival time of every chunk comes from Gatling's own SSE client (its unmatched-message
 * buffer), so TTFT and inter-token gaps are in Gatling's whole milliseconds. A failed stream's status and
 * reason come from what Gatling recorded for it ({@link StreamFailures}): a refused stream counts with the
 * status it was refused with, as a refused plain request does. A stream broken mid-way fails as broken: Gatling's
 * resend of its request is refused ({@link StreamResends}).
 *
 * <p>Run by {@code cutover load} in-process, or by Maven: {@code mvn gatling:test -Dcutover.target=… -Dcutover.profile=…}.
 */
public final class LoadSimulation extends Simulation {
    /** Gatling's names for the stream's connect request and for its wait for [DONE]: its report shows them. */
    static final String STREAM = "chat stream";
    static final String DONE = "[DONE]";

    private final LoadJob job;
    private final boolean ownJob;

    public LoadSimulation() {
        LoadJob given = LoadJob.take();
        ownJob = given == null;
        job = ownJob ? LoadRunner.openFromSystemProperties() : given;
        LoadProfile profile = job.profile();
        Duration timeout = Duration.ofMillis(profile.limits().requestTimeoutMs());
        int cap = profile.limits().requests();
        HttpCall plain = job.rig().plain();
        HttpCall stream = job.rig().stream();

        HttpProtocolBuilder protocol = http
                .disableWarmUp()
                // Every chunk but [DONE] waits here until the stream is read; room for all of them.
                .sseUnmatchedInboundMessageBufferSize(profile.completionWords() + 64);

        ChainBuilder plainRequest = exec(http("chat").post(plain.url()).headers(plain.headers())
                .body(StringBody(s -> LoadRig.body(plain, s.getLong("n"))))
                .requestTimeout(timeout)
                // Values are saved before the status is judged: a failed check stops the ones after it.
                .check(status().saveAs("status"), responseTimeInMillis().saveAs("e2e"),
                        jsonPath("$.usage.completion_tokens").ofInt().optional().saveAs("tokens"),
                        status().is(200)))
                .exec(s -> record(s, false));

        ChainBuilder streamRequest = exec(StreamResends::arm)
                .exec(StreamFailures.watch(sse(STREAM).post(stream.url()).headers(stream.headers())
                .body(StringBody(s -> LoadRig.body(stream, s.getLong("n"))))
                // Gatling would resend a stream broken mid-way and count it a slow success: see StreamResends.
                .sign(job.resends().guard())
                .await(timeout).on(sse.checkMessage(DONE).matching(substring(DONE)).check(substring(DONE)))))
                // Right after the stream, nothing in between: see StreamFailures.
                .exec(StreamFailures::take)
                .exec(sse.processUnmatchedMessages((messages, s) -> s.set("end", System.currentTimeMillis())
                        .set("events", messages.stream().map(m -> new StreamTimes.Event(m.timestamp(), m.message())).toList())))
                .exec(sse("chat stream close").close())
                .exec(s -> record(s, true));

        var oneRequest = scenario(profile.name())
                .exec(s -> {
                    long n = job.nextRequest();
                    return s.set("n", n).set("stream", streams(n, profile.streaming())).set("t0", System.currentTimeMillis());
                })
                .exec(stopLoadGeneratorIf("request cap of " + cap + " reached", s -> s.getLong("n") > cap))
                .exitHereIf(s -> s.getLong("n") > cap)
                .doIfOrElse(s -> s.getBoolean("stream")).then(streamRequest).orElse(plainRequest);

        setUp(Injection.of(oneRequest, profile)).protocols(protocol)
                .maxDuration(Duration.ofSeconds(profile.limits().seconds()));
    }

    /** Request n streams when it crosses the next multiple of 1/share: an exact, repeatable mix. */
    static boolean streams(long n, double share) {
        return Math.floor(n * share) > Math.floor((n - 1) * share);
    }

    private Session record(Session s, boolean stream) {
        long t0 = s.getLong("t0");
        int status = s.contains("status") ? s.getInt("status") : 0;
        long end = s.contains("end") ? s.getLong("end") : System.currentTimeMillis();
        double e2e = !stream && s.contains("e2e") ? s.getInt("e2e") : end - t0;
        if (stream) {
            List<StreamTimes.Event> events = s.contains("events") ? s.getList("events") : List.of();
            StreamTimes t = StreamTimes.of(t0, events);
            StreamError failed = s.isFailed() ? StreamError.of(StreamFailures.of(s), STREAM, !events.isEmpty(),
                    job.profile().limits().requestTimeoutMs()) : null;
            String error = failed != null ? failed.reason() : t.ttftMs() == null ? "stream without content" : null;
            int streamStatus = failed != null ? failed.status() : 200;
            job.samples().add(new Sample(t0, true, streamStatus, error, e2e, t.ttftMs(), t.itlMs(), t.outputTokens()));
        } else {
            String error = !s.isFailed() ? null : status == 0 ? "no response" : status != 200 ? "HTTP " + status
                    : "unreadable answer";
            int tokens = s.contains("tokens") ? s.getInt("tokens") : 0;
            job.samples().add(new Sample(t0, false, status, error, e2e, null, List.of(), tokens));
        }
        return s;
    }

    @Override
    public void after() {
        if (ownJob) LoadRunner.finishOwn(job);
    }
}
