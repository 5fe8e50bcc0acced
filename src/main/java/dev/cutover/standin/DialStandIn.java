package dev.cutover.standin;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EPAM DIAL core's dialect, after its source at 0.18.0 (Proxy, ControllerSelector, DeploymentController,
 * DeploymentPostController, RouteController, limiter/RateLimiter) and calibrated against a real DIAL core 0.18.0:
 * CORS on every answer, Azure-style deployment paths, the key in {@code Api-Key}, its own errors as bare text,
 * access by the model's userRoles, per-key limits, 502 "No route" for any path it has no route for, DIAL's
 * listings, compression when asked. Calls to the provider, retries and back-off: {@link DialUpstream},
 * {@link DialBackoff}. docs/stand-ins.md says what is verified, what documented, what assumed.
 */
final class DialStandIn implements StandInServer.Handler {
    private static final Pattern POST = Pattern.compile("^/+openai/deployments/(.+?)/(completions|chat/completions|embeddings)$");
    private static final Pattern DEPLOYMENT = Pattern.compile("^/+openai/deployments/(.+?)$");
    private static final Pattern MODEL = Pattern.compile("^/+openai/models/(.+?)$");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "HEAD");
    /** What GET /version answers; the stand-in imitates this release. */
    static final String VERSION = "0.18.0";

    private final DialUpstream upstream;
    private final DialLimits limits;

    DialStandIn(Forwarder provider, String providerKey, StandInLog log, boolean persistentBackoff) {
        this.limits = new DialLimits();
        this.upstream = new DialUpstream(provider, providerKey, new DialBackoff(persistentBackoff), limits, log);
    }

    @Override
    public void handle(Call call) throws IOException {
        cors(call);
        ContentCoding.choose(call.header("accept-encoding")).ifPresent(call::compressWith);
        if (!"HTTP/1.1".equals(call.protocol())) {
            call.untyped(505, "");
            return;
        }
        if (call.method().equals("OPTIONS")) {
            call.responseHeaders().set("Access-Control-Max-Age", "86400"); // lets a browser cache the preflight
            call.untyped(200, "");
            return;
        }
        if (!METHODS.contains(call.method())) {
            call.untyped(405, "");
            return;
        }
        String path = URLDecoder.decode(call.path(), StandardCharsets.UTF_8);
        boolean get = call.method().equals("GET");
        if (get && path.equals("/health")) {
            call.untyped(200, "");
            return;
        }
        if (get && path.equals("/version")) {
            call.untyped(200, VERSION);
            return;
        }
        DialConfig.Key key = authenticate(call);
        if (key == null) return;
        Matcher m;
        if (call.method().equals("POST") && (m = POST.matcher(path)).matches()) post(call, key, m.group(1));
        else if (get && path.matches("^/+openai/models$")) call.json(200, DialListings.list(key.role(), true), Map.of());
        else if (get && path.matches("^/+openai/deployments$")) call.json(200, DialListings.list(key.role(), false), Map.of());
        else if (get && (m = MODEL.matcher(path)).matches()) listed(call, key, m.group(1), true);
        else if (get && (m = DEPLOYMENT.matcher(path)).matches()) listed(call, key, m.group(1), false);
        else call.untyped(502, "No route"); // RouteController: no configured route matches, nothing is called
    }

    /** Proxy.enableCors: every answer allows any origin and echoes what a preflight asks for. */
    private static void cors(Call call) {
        call.responseHeaders().set("access-control-allow-origin", "*");
        String method = call.header("access-control-request-method");
        if (method != null) call.responseHeaders().set("access-control-allow-methods", method);
        String headers = call.header("access-control-request-headers");
        if (headers != null) call.responseHeaders().set("access-control-allow-headers", headers);
    }

    /** Proxy.authorizeRequest: the key in Api-Key; a bearer token alone is a JWT, which the stand-in has no issuer for. */
    private static DialConfig.Key authenticate(Call call) throws IOException {
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
        DialConfig.Key key = DialConfig.KEYS.get(apiKey);
        if (key == null) call.untyped(401, "Unknown api key");
        return key;
    }

    /** ModelController / DeploymentController: 404 or 403 with no body, else the item. */
    private static void listed(Call call, DialConfig.Key key, String id, boolean model) throws IOException {
        DialConfig.Deployment d = DialConfig.DEPLOYMENTS.get(id);
        if (d == null) call.untyped(404, "");
        else if (!d.visibleTo(key.role())) call.untyped(403, "");
        else call.json(200, model ? DialListings.model(d) : DialListings.deployment(d), Map.of());
    }

    /** DeploymentPostController.handle, in its order: content type, deployment and access, limits, then the route. */
    private void post(Call call, DialConfig.Key key, String id) throws IOException {
        String contentType = call.header("content-type");
        if (contentType == null || !contentType.toLowerCase().contains("application/json")) {
            call.untyped(415, "Only application/json is supported");
            return;
        }
        DialConfig.Deployment d = DialConfig.DEPLOYMENTS.get(id);
        if (d == null) {
            // Not a model: DIAL tries the name as an application's URL, which it is not.
            call.untyped(404, "Unknown application: " + id);
            return;
        }
        if (!d.visibleTo(key.role())) {
            call.untyped(403, "Forbidden deployment: " + id);
            return;
        }
        // 0.18 does not check that the path's API matches the model's type (isValidDeploymentApi is unused).
        var refused = limits.check(key, d);
        if (refused.isPresent()) {
            call.json(refused.get().status(), limitError(refused.get()), Map.of());
            return;
        }
        upstream.call(call, key, d);
    }

    /** DIAL's rate-limit and access errors: "similar to the Azure format", message and code only. */
    private static com.fasterxml.jackson.databind.node.ObjectNode limitError(DialLimits.Refusal r) {
        var root = dev.cutover.wire.Json.object();
        root.putObject("error").put("message", r.message()).put("code", String.valueOf(r.status()));
        return root;
    }
}
