package dev.cutover.standin;

import dev.cutover.wire.Json;
import dev.cutover.wire.SseRelay;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How DIAL core calls a model (controller/DeploymentPostController, upstream/UpstreamRoute): the model's endpoint
 * with DIAL's adapter protocol ({@code Api-Key} a key made for this request, {@code X-UPSTREAM-ENDPOINT},
 * {@code X-UPSTREAM-KEY}), the client's headers otherwise (not its key, not Accept-Encoding), a
 * {@code traceparent} of its own after the client's; 429, 502, 503 and 504 retried while the upstream is available and at most five upstreams
 * were used; the answer relayed as it arrives, with {@code X-UPSTREAM-ATTEMPTS}. The stand-in's model endpoint
 * and upstream endpoint are both the mock's Azure path, as in the config the real DIAL was calibrated with.
 */
final class DialUpstream {
    private static final Set<Integer> RETRIABLE = Set.of(429, 502, 503, 504);
    /** UpstreamRouteProvider.MAX_RETRY_COUNT. */
    static final int MAX_UPSTREAMS_TO_USE = 5;
    /** DIAL's client has no request timeout; its connections go idle after 300 s (settings client.idleTimeout). */
    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(300);
    /** Not copied from the client (ProxyUtil's list and the deployment's forwardAuthToken false); DIAL writes its own. */
    private static final Set<String> NOT_COPIED = Set.of("api-key", "authorization", "accept-encoding",
            "x-upstream-endpoint", "x-upstream-key", "x-upstream-extra-data");
    private static final String KEY_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz-_ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Forwarder provider;
    private final String providerKey;
    private final DialBackoff backoff;
    private final DialLimits limits;
    private final StandInLog log;

    DialUpstream(Forwarder provider, String providerKey, DialBackoff backoff, DialLimits limits, StandInLog log) {
        this.provider = provider;
        this.providerKey = providerKey;
        this.backoff = backoff;
        this.limits = limits;
        this.log = log;
    }

    /**
     * After auth, access and limits passed: route, read the body, call, retry, relay. The model's configured
     * endpoint is called whatever API the client's path named: an embeddings call to a chat model goes to the
     * chat endpoint (verified on DIAL core 0.18.0), and the provider answers it as it can.
     */
    void call(Call call, DialConfig.Key key, DialConfig.Deployment d) throws IOException {
        DialBackoff.Upstream upstream = backoff.upstream(d.name());
        if (!upstream.available()) {
            // Checked before the body is read: under back-off even a malformed request gets "No route".
            log.add(d.name() + ": upstream backed off for another " + upstream.outForMs() + " ms: No route");
            call.untyped(502, "No route");
            return;
        }
        if (Json.object(call.body()).isEmpty()) {
            call.untyped(400, "");
            return;
        }
        String endpoint = "/openai/deployments/" + d.name()
                + (d.type() == DialConfig.Type.EMBEDDING ? "/embeddings" : "/chat/completions");
        Map<String, List<String>> headers = headers(call, provider.baseUrl() + endpoint);
        String pathAndQuery = endpoint + (call.query() == null ? "" : "?" + call.query());
        for (int used = 1; ; used++) {
            Answer answer;
            try {
                answer = provider.send("POST", pathAndQuery, headers, call.body(), HEADER_TIMEOUT);
            } catch (ConnectException refused) {
                // handleProxyConnectionError: no retry and no mark on the upstream.
                call.untyped(502, "Failed to connect to origin");
                return;
            } catch (IOException noHeaders) {
                log.add(d.name() + ": no answer from the provider (attempt " + used + "): " + noHeaders);
                upstream.failed(502, null);
                if (!retry(upstream, used)) break;
                continue;
            }
            int status = answer.status();
            if (RETRIABLE.contains(status)) {
                answer.close();
                upstream.failed(status, answer.headers().first("retry-after").orElse(null));
                log.add(d.name() + ": provider answered " + status + " (attempt " + used + ")");
                if (!retry(upstream, used)) break;
                continue;
            }
            if (status == 200) upstream.succeeded();
            else if (status >= 500) upstream.failed(status, null); // passed on, but counted towards the back-off
            try (answer) {
                relay(call, answer, used, key, d);
            }
            return;
        }
        log.add(d.name() + ": no upstream left: No route"
                + (backoff.persistent() ? " (backed off for " + upstream.outForMs() + " ms)" : ""));
        call.untyped(502, "No route");
    }

    /** UpstreamRoute.next: another try while fewer than five were used and the upstream is not backed off. */
    private static boolean retry(DialBackoff.Upstream upstream, int used) {
        return used + 1 <= MAX_UPSTREAMS_TO_USE && upstream.available();
    }

    private Map<String, List<String>> headers(Call call, String upstreamEndpoint) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        call.headers().values().forEach((name, values) -> {
            if (!NOT_COPIED.contains(name)) out.put(name, values);
        });
        out.put("Api-Key", List.of(perRequestKey()));
        out.put("X-UPSTREAM-ENDPOINT", List.of(upstreamEndpoint));
        out.put("X-UPSTREAM-KEY", List.of(providerKey));
        // The client's traceparent is copied like any header, and Vert.x's tracing adds DIAL's own after it: the
        // provider gets two (verified on 0.18.0).
        List<String> trace = new java.util.ArrayList<>(out.getOrDefault("traceparent", List.of()));
        trace.add(traceparent(call.header("traceparent")));
        out.put("traceparent", trace);
        return out;
    }

    /** Vert.x's OpenTelemetry tracing: the client's trace continued (or a new one), a new span, sampled. */
    static String traceparent(String incoming) {
        String trace = incoming != null && incoming.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")
                ? incoming.substring(3, 35) : hex(16);
        return "00-" + trace + "-" + hex(8) + "-01";
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** ApiKeyGenerator.generateKey: 32 characters; DIAL invalidates it once the request is done. */
    private static String perRequestKey() {
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) sb.append(KEY_ALPHABET.charAt(RANDOM.nextInt(KEY_ALPHABET.length())));
        return sb.toString();
    }

    /** The answer goes out as it arrives (chunked); a provider break drops the client connection. */
    private void relay(Call call, Answer answer, int attempts, DialConfig.Key key, DialConfig.Deployment d)
            throws IOException {
        answer.forEachHeader((k, v) -> {
            if (!k.equals("api-key") && !k.equals("accept-encoding")) call.responseHeaders().add(k, v);
        });
        call.responseHeaders().set("X-UPSTREAM-ATTEMPTS", String.valueOf(attempts));
        DialUsage.Tail out = new DialUsage.Tail(call.startStream(answer.status()));
        if (answer.eventStream()) {
            SseRelay.relay(answer.body(), out); // a break propagates: DIAL resets the client connection
        } else {
            try {
                answer.body().transferTo(out);
            } catch (IOException broke) {
                throw new SseRelay.UpstreamBroken(broke);
            }
        }
        // Counted before the answer ends: a client that sends its next request the moment this one completes must
        // meet the tokens already spent (DialStandInTest once saw a second 200 where DIAL's limit answers 429).
        if (answer.status() == 200) limits.spent(key, d, DialUsage.totalTokens(out.kept()));
        out.close();
    }
}
