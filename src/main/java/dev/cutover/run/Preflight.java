package dev.cutover.run;

import dev.cutover.http.ExchangeClient;
import dev.cutover.http.HttpCall;
import dev.cutover.mock.ScriptedProvider;
import dev.cutover.scenario.Feature;
import dev.cutover.scenario.RequestSpec;
import dev.cutover.target.Target;
import dev.cutover.target.Upstream;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Observation;
import dev.cutover.wire.Redactor;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a target can be reached before any scenario runs, so that a wrong URL gives one clear
 * diagnosis instead of forty identical failures.
 */
public final class Preflight {
    private static final int CONNECT_TIMEOUT_MS = 3_000;
    private static final int PROBE_TIMEOUT_MS = 10_000;

    private Preflight() {}

    /**
     * Empty when the target can be reached and accepts its key; otherwise what went wrong, in plain words:
     * nothing listening, or the key refused (checked with one model listing).
     */
    public static Optional<String> problem(Target target) {
        return unreachable(target).or(() -> keyRefused(target));
    }

    /**
     * A model listing refused with 401/403 says the key is wrong — unless the same key gets a chat completion
     * through: some gateways pass the client's own key on for a listing (Portkey routed by a config does) and
     * the provider refuses that, which is a finding for the scenarios, not a wrong key. Only then is one tiny
     * completion spent.
     */
    private static Optional<String> keyRefused(Target target) {
        if (target.auth().none()) return Optional.empty();
        Optional<Observation> listing = probe(target, RequestSpec.of(Endpoint.MODELS_LIST, null, PROBE_TIMEOUT_MS));
        if (listing.isEmpty() || !refused(listing.get())) return Optional.empty();
        Optional<Observation> chat = target.models().containsKey("chat")
                ? probe(target, RequestSpec.of(Endpoint.CHAT_COMPLETIONS, Map.of("model", "${model.chat}", "max_tokens", 1,
                        "messages", List.of(Map.of("role", "user", "content", "ping"))), PROBE_TIMEOUT_MS))
                : Optional.empty();
        if (chat.isPresent() && !refused(chat.get())) return Optional.empty();
        Observation o = listing.get();
        String body = o.body().length() > 200 ? o.body().substring(0, 200) + "…" : o.body();
        return Optional.of("the target refused its key (HTTP " + o.status() + " from " + o.request().method() + " "
                + o.request().url() + "): check the key in " + target.file() + " and its environment variable; it answered: "
                + body);
    }

    /**
     * Behind cutover's mock, that one probe through the gateway reaches it (its marker filed under the probe's
     * key): a gateway whose deployment points elsewhere would fail every scripted scenario for a reason no
     * scenario can name. Empty when the route holds, or when the target has no chat to probe with.
     */
    public static Optional<String> routeProblem(Target target, ScriptedProvider mock) {
        if (mock == null || target.upstream() != Upstream.MOCK || !target.claims(Feature.CHAT)
                || !target.models().containsKey("chat")) {
            return Optional.empty();
        }
        String key = "cutover-route." + UUID.randomUUID().toString().substring(0, 8);
        try {
            Optional<Observation> probe = probe(target, RequestSpec.of(Endpoint.CHAT_COMPLETIONS, Map.of("model", "${model.chat}",
                    "max_tokens", 1, "messages", List.of(Map.of("role", "user", "content", "route check"))), PROBE_TIMEOUT_MS), key);
            if (probe.isEmpty() || !mock.received(key).isEmpty()) return Optional.empty();
            Observation o = probe.get();
            String answer = o.status() == 0 ? "no answer (" + o.transportError() + ")" : "HTTP " + o.status();
            return Optional.of("nothing reached cutover's mock at " + mock.baseUrl() + ": a probe through " + o.request().url()
                    + " got " + answer + ", and the mock saw no request with its marker. Is the gateway's deployment pointed at "
                    + mock.baseUrl() + "/v1 (with the key the mock accepts)?");
        } finally {
            mock.forget(key);
        }
    }

    /** The probe's observation, built like any scenario's request; empty when the profile cannot build it. */
    private static Optional<Observation> probe(Target target, RequestSpec spec) {
        return probe(target, spec, "preflight");
    }

    private static Optional<Observation> probe(Target target, RequestSpec spec, String key) {
        HttpCall call;
        try {
            call = RequestBuilder.build(spec, target, key);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a profile gap (no key for a provider): each scenario names it
        }
        // The scenarios' own client: HTTP/1.1, one deadline, no redirect followed.
        return Optional.of(new ExchangeClient().send(call, Redactor.none()));
    }

    private static boolean refused(Observation o) {
        return o.status() == 401 || o.status() == 403;
    }

    private static Optional<String> unreachable(Target target) {
        URI uri = URI.create(target.baseUrl());
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), CONNECT_TIMEOUT_MS);
            return Optional.empty();
        } catch (ConnectException e) {
            return Optional.of("nothing listens at " + uri.getHost() + ":" + port + " (connection refused)");
        } catch (SocketTimeoutException e) {
            return Optional.of("no answer from " + uri.getHost() + ":" + port + " within " + CONNECT_TIMEOUT_MS + " ms");
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + uri.getHost());
        } catch (IOException e) {
            return Optional.of("cannot connect to " + uri.getHost() + ":" + port + ": " + e.getMessage());
        }
    }
}
