package dev.cutover.load;

import io.gatling.commons.stats.Status;
import io.gatling.core.CoreComponents;
import io.gatling.core.stats.StatsEngine;
import io.gatling.core.structure.ScenarioContext;
import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.SseConnectActionBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import scala.Option;

/**
 * Hands the scenario what Gatling records when a stream fails. Gatling 3.15's SSE client tells the scenario only
 * that a stream failed: the HTTP status of a refused stream (a 429 or 502 instead of an event stream) is in the
 * message it records for the connect request ("Server returned http response with code 429"), which goes to its
 * stats engine, never into the session. No check reads the connect response, and a second request per stream to
 * learn the status would change the load.
 *
 * <p>So the stream's connect action is built with a stats engine of its own ({@link #tap}) that passes every record
 * on to Gatling's and keeps the message of a failed one, and the action right after the stream ({@link #take})
 * moves it into the session. This is exact per stream, not a guess by timing: Gatling runs a virtual user on one
 * event loop, and records a stream's failure and hands its session to the next action in one call on that loop
 * (SseConnectingState and SsePerformingCheckState in Gatling's sources), so the message kept for the thread is
 * taken before anything else runs there. It is also the message Gatling's own report counts in its errors.
 */
final class StreamFailures {
    private static final String KEY = "gatlingFailure";
    private static final ThreadLocal<Recorded> KEPT = new ThreadLocal<>();

    /** A failed request as Gatling recorded it: the connect request, or the check awaiting [DONE]. */
    record Recorded(String request, String message) {}

    private StreamFailures() {}

    /** The stream's connect action (with its checks), built so that its failures reach {@link #take}. */
    static ActionBuilder watch(SseConnectActionBuilder connect) {
        io.gatling.core.action.builder.ActionBuilder watched = (ctx, next) -> connect.asScala().build(withTap(ctx), next);
        return () -> watched;
    }

    /** Must run right after the watched stream action: moves the failure Gatling just recorded, if any, into the session. */
    static Session take(Session s) {
        Recorded r = KEPT.get();
        KEPT.remove();
        return r != null && s.isFailed() ? s.set(KEY, r) : s;
    }

    /** The failure {@link #take} moved into the session; null when the stream succeeded or Gatling recorded none. */
    static Recorded of(Session s) {
        return s.contains(KEY) ? s.get(KEY) : null;
    }

    private static ScenarioContext withTap(ScenarioContext ctx) {
        CoreComponents c = ctx.coreComponents();
        CoreComponents tapped = new CoreComponents(c.actorSystem(), c.eventLoopGroup(), c.controller(), c.throttler(),
                tap(c.statsEngine()), c.clock(), c.exit(), c.configuration());
        return new ScenarioContext(tapped, ctx.protocolComponentsRegistry(), ctx.pauseType(), ctx.throttled());
    }

    /**
     * Gatling's stats engine as one action sees it: every call passes on unchanged, and a failed request is also
     * kept. A proxy rather than a class implementing StatsEngine: Gatling's sources cut parts of that interface
     * (and of SseStream, which takes a stats engine it does not use here) out of the open-source build, so the
     * build running on Gatling Enterprise's injectors may have methods a class compiled here would lack; a proxy
     * passes on whatever the running build has.
     */
    private static StatsEngine tap(StatsEngine gatling) {
        return (StatsEngine) Proxy.newProxyInstance(StatsEngine.class.getClassLoader(), new Class<?>[] {StatsEngine.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(gatling, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("logResponse")) keepIfFailed(args);
                    return result;
                });
    }

    /** The arguments of logResponse: scenario, groups, request name, start, end, status, response code, message. */
    private static void keepIfFailed(Object[] args) {
        if (args.length == 8 && args[5] instanceof Status status && "KO".equals(status.name())
                && args[2] instanceof String request && args[7] instanceof Option<?> message) {
            KEPT.set(new Recorded(request, message.isDefined() ? String.valueOf(message.get()) : null));
        }
    }
}
