package dev.cutover.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.SseRelay;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EPAM DIAL core's dialect, after its source (server/…/Proxy.java, DeploymentPostController, UpstreamRoute,
 * ModelController): Azure-style deployment paths, the key in {@code Api-Key}, its own errors as bare text,
 * DIAL's model listings, retries of 429/502/503/504 ending in {@code 502 No route}, and a dropped client
 * connection when the provider breaks mid-body. See docs/stand-ins.md for what is fact and what is assumed.
 */
final class DialStandIn implements StandInServer.Handler {
    private static final Pattern POST = Pattern.compile("^/+openai/deployments/(.+?)/(completions|chat/completions|embeddings)$");
    private static final Pattern DEPLOYMENT = Pattern.compile("^/+openai/deployments/(.+?)$");
    private static final Pattern MODEL = Pattern.compile("^/+openai/models/(.+?)$");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "HEAD");
    private static final Set<Integer> RETRIABLE = Set.of(429, 502, 503, 504);
    /** UpstreamRouteProvider.MAX_RETRY_COUNT and Upstream.ERROR_THRESHOLD in DIAL core. */
    private static final int MAX_UPSTREAMS_TO_USE = 5;
    private static final int ERROR_THRESHOLD = 3;
    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(60);

    private final Forwarder upstream;
    private final String providerKey;
    private final StandInLog log;
    private final TokenWindow tokens = new TokenWindow();

    DialStandIn(Forwarder upstream, String providerKey, StandInLog log) {
        this.upstream = upstream;
        this.providerKey = providerKey;
        this.log = log;
    }

    @Override
    public void handle(Call call) throws IOException {
        if (!METHODS.contains(call.method())) {
            call.untyped(405, "");
            return;
        }
        String path = URLDecoder.decode(call.path(), StandardCharsets.UTF_8);
        if (call.method().equals("GET") && path.equals("/health")) {
            call.untyped(200, "");
            return;
        }
        String key = authenticate(call);
        if (key == null) return;
        Matcher m;
        if ((m = POST.matcher(path)).matches() && call.method().equals("POST")) post(call, key, m.group(1), m.group(2));
        else if (path.matches("^/+openai/models$")) call.json(200, DialConfig.list(
                DialConfig.DEPLOYMENTS.keySet().stream().map(DialConfig::model).toList()), Map.of());
        else if (path.matches("^/+openai/deployments$")) call.json(200, DialConfig.list(
                DialConfig.DEPLOYMENTS.keySet().stream().map(DialConfig::deployment).toList()), Map.of());
        else if ((m = MODEL.matcher(path)).matches()) listed(call, m.group(1), DialConfig.model(m.group(1)));
        else if ((m = DEPLOYMENT.matcher(path)).matches()) listed(call, m.group(1), DialConfig.deployment(m.group(1)));
        else call.untyped(404, "");
    }

    /** Proxy.authorizeRequest: the key in Api-Key; a bearer token alone is a JWT, which the stand-in has no issuer for. */
    private String authenticate(Call call) throws IOException {
        String apiKey = call.header("api-key");
        String authorization = call.header("authorization");
        if (apiKey == null && authorization == null) {
            call.untyped(401, "At least API-KEY or Authorization header must be provided");
            return null;
        }
        if (apiKey == null) {
            call.untyped(401, "Bad Authorization header");
            return null;
        }
        String bearer = authorization == null ? null : authorization.replaceFirst("(?i)^bearer\\s+", "");
        if (authorization != null && !apiKey.equals(bearer)) {
            call.untyped(400, "Either API-KEY or Authorization header must be provided but not both");
            return null;
        }
        if (!DialConfig.KEYS.containsKey(apiKey)) {
            call.untyped(401, "Unknown api key");
            return null;
        }
        return apiKey;
    }

    private void listed(Call call, String id, ObjectNode item) throws IOException {
        if (DialConfig.DEPLOYMENTS.containsKey(id)) call.json(200, item, Map.of());
        else call.untyped(404, "");
    }

    private void post(Call call, String key, String deployment, String api) throws IOException {
        String contentType = call.header("content-type");
        if (contentType == null || !contentType.toLowerCase().contains("application/json")) {
            call.untyped(415, "Only application/json is supported");
            return;
        }
        DialConfig.Type type = DialConfig.DEPLOYMENTS.get(deployment);
        DialConfig.Type wanted = switch (api) {
            case "chat/completions" -> DialConfig.Type.CHAT;
            case "embeddings" -> DialConfig.Type.EMBEDDING;
            default -> null;
        };
        if (type == null) {
            // An unknown name may still be an application, which only speaks chat.
            call.untyped(404, wanted == DialConfig.Type.CHAT ? "Deployment " + deployment + " not found" : "Deployment is not found");
            return;
        }
        if (type != wanted) {
            call.untyped(404, "Deployment is not found");
            return;
        }
        DialConfig.KeyLimits limits = DialConfig.KEYS.get(key);
        if (!limits.deployments().contains(deployment)) {
            call.json(403, limitError("Access denied", 403), Map.of());
            return;
        }
        String window = key + "/" + deployment;
        long used = tokens.used(window);
        if (used >= limits.minuteTokens()) {
            call.json(429, limitError(String.format("Hit token rate limit. Minute limit: %d / %d tokens. Day limit: %d / %d tokens.",
                    used, limits.minuteTokens(), used, limits.minuteTokens()), 429), Map.of());
            return;
        }
        if (Json.object(call.body()).isEmpty()) {
            call.untyped(400, "");
            return;
        }
        forward(call, window, "/openai/deployments/" + deployment + "/" + api + (call.query() == null ? "" : "?" + call.query()));
    }

    /** DIAL's rate-limit and access errors: "similar to the Azure format", message and code only. */
    private static ObjectNode limitError(String message, int status) {
        ObjectNode root = Json.object();
        root.putObject("error").put("message", message).put("code", String.valueOf(status));
        return root;
    }

    private void forward(Call call, String window, String pathAndQuery) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        call.headers().values().forEach((name, values) -> {
            if (!name.equals("api-key") && !name.equals("authorization")) headers.put(name, values);
        });
        headers.put("api-key", List.of(providerKey));
        int used = 0;
        int errors = 0;
        while (used < MAX_UPSTREAMS_TO_USE) {
            used++;
            Answer answer;
            try {
                answer = upstream.send("POST", pathAndQuery, headers, call.body(), HEADER_TIMEOUT);
            } catch (IOException noAnswer) {
                log.add("no answer from the provider (attempt " + used + "): " + noAnswer);
                if (++errors >= ERROR_THRESHOLD) break;
                continue;
            }
            if (RETRIABLE.contains(answer.status())) {
                answer.close();
                log.add("provider answered " + answer.status() + " (attempt " + used + ")");
                // A 429 makes the only upstream unavailable for its Retry-After; 5xx count towards the threshold.
                if (answer.status() == 429 || ++errors >= ERROR_THRESHOLD) break;
                continue;
            }
            try (answer) {
                relay(call, answer, used, window);
            }
            return;
        }
        call.untyped(502, "No route");
    }

    private void relay(Call call, Answer answer, int attempts, String window) throws IOException {
        answer.forEachHeader((k, v) -> call.responseHeaders().add(k, v));
        call.responseHeaders().set("X-UPSTREAM-ATTEMPTS", String.valueOf(attempts));
        if (answer.eventStream()) {
            OutputStream out = call.startStream(answer.status());
            SseRelay.relay(answer.body(), out); // a break propagates: DIAL resets the client connection
            return;
        }
        byte[] body = answer.readAll();
        if (answer.status() == 200) {
            Json.object(body).ifPresent(reply -> tokens.add(window, reply.path("usage").path("total_tokens").asLong(0)));
        }
        call.bytes(answer.status(), null, body, Map.of());
    }
}
