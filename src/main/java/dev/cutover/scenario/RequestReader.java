package dev.cutover.scenario;

import dev.cutover.expect.ExpectationParser;
import dev.cutover.wire.Endpoint;
import dev.cutover.yaml.YamlNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a scenario's {@code request:} block into a {@link RequestSpec}. */
final class RequestReader {
    private static final List<String> KEYS = List.of("endpoint", "path", "method", "model", "headers", "body",
            "auth", "timeout_ms", "marker", "repeat", "bypass_cache", "pad_words");
    /** What a {@code live.request} may change: what is sent, not where to (the endpoint stays the scenario's). */
    static final List<String> OVERRIDES = List.of("body", "headers", "auth", "model", "timeout_ms", "marker", "pad_words");

    private RequestReader() {}

    static RequestSpec read(YamlNode n) {
        n.onlyKeys(KEYS);
        Endpoint endpoint = n.get("endpoint").map(RequestReader::endpoint).orElse(null);
        String path = n.get("path").map(YamlNode::text).orElse(null);
        if (endpoint == null && path == null) throw n.error("give either 'endpoint' or 'path'");
        if (endpoint != null && path != null) throw n.require("path").error("give either 'endpoint' or 'path', not both");
        if (path != null) checkPath(n.require("path"), path);
        YamlNode body = n.get("body").orElse(null);
        if (body != null && !body.isMap()) throw body.error("the body is a map of JSON fields");
        int timeout = n.get("timeout_ms").map(Bounds::timeout).orElse(RequestSpec.DEFAULT_TIMEOUT_MS);
        return new RequestSpec(endpoint, path,
                n.get("method").map(v -> v.oneOf(java.util.Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"))).orElse(null),
                n.get("model").map(YamlNode::text).orElse(null),
                n.get("headers").map(Bounds::requestHeaders).orElse(Map.of()),
                body == null ? null : body.plain(),
                n.get("auth").map(RequestReader::authMode).orElse(AuthMode.DEFAULT),
                timeout,
                n.get("marker").map(YamlNode::bool).orElse(true),
                n.get("auth").filter(YamlNode::isMap).map(a -> a.require("key").text()).orElse(null),
                n.get("repeat").map(RequestReader::repeat).orElse(null),
                n.get("bypass_cache").map(YamlNode::bool).orElse(false),
                n.get("pad_words").map(RequestReader::padWords).orElse(0));
    }

    /**
     * The step's request with a {@code live.request} block laid over it: each top-level body field given replaces the
     * step's (null removes it, so a parameter only a scripted provider should see can be left out), every other key
     * given replaces the step's value.
     */
    static RequestSpec override(RequestSpec base, YamlNode n) {
        n.onlyKeys(OVERRIDES);
        Object body = base.body();
        YamlNode b = n.get("body").orElse(null);
        if (b != null) {
            if (!b.isMap()) throw b.error("the body is a map of JSON fields; each one given replaces the step's, null removes it");
            Map<String, Object> merged = new java.util.LinkedHashMap<>();
            if (base.body() instanceof Map<?, ?> m) m.forEach((k, v) -> merged.put(String.valueOf(k), v));
            b.entries().forEach((k, v) -> {
                if (v.isNull()) merged.remove(k);
                else merged.put(k, v.plain());
            });
            body = merged;
        }
        YamlNode auth = n.get("auth").orElse(null);
        return new RequestSpec(base.endpoint(), base.path(), base.method(),
                n.get("model").map(YamlNode::text).orElse(base.model()),
                n.get("headers").map(Bounds::requestHeaders).orElse(base.headers()),
                body,
                auth == null ? base.auth() : authMode(auth),
                n.get("timeout_ms").map(Bounds::timeout).orElse(base.timeoutMs()),
                n.get("marker").map(YamlNode::bool).orElse(base.marker()),
                auth == null ? base.keyName() : auth.isMap() ? auth.require("key").text() : null,
                base.repeat(), base.bypassCache(),
                n.get("pad_words").map(RequestReader::padWords).orElse(base.padWords()));
    }

    private static int padWords(YamlNode n) {
        return n.integer(0, RequestSpec.MAX_PAD_WORDS, "words");
    }

    /** {@code auth: default | none | invalid} or {@code auth: {key: NAME}} for one of the target's named keys. */
    private static AuthMode authMode(YamlNode n) {
        if (n.isMap()) {
            n.onlyKeys(List.of("key"));
            n.require("key").text();
            return AuthMode.NAMED;
        }
        AuthMode mode = n.oneOf(AuthMode.class);
        if (mode == AuthMode.NAMED) throw n.error("write auth: {key: NAME} to send one of the target's named keys");
        return mode;
    }

    private static RequestSpec.Repeat repeat(YamlNode n) {
        n.onlyKeys(List.of("max", "until_status"));
        int m = n.require("max").integer(1, Bounds.MAX_REQUESTS, "requests");
        return new RequestSpec.Repeat(m, n.require("until_status").integer(ExpectationParser.MIN_STATUS,
                ExpectationParser.MAX_STATUS, "(HTTP statuses)"));
    }

    /** A raw path the client can send as it is: from the root, no spaces, no scheme or host. */
    private static void checkPath(YamlNode at, String path) {
        if (!path.startsWith("/")) throw at.error("a path starts with '/'");
        if (path.startsWith("//")) throw at.error("a path cannot start with '//' (that names a host)");
        try {
            URI u = new URI("http://h" + path);
            if (u.getRawFragment() != null) throw at.error("a path cannot hold a '#' fragment: it is never sent");
        } catch (URISyntaxException e) {
            throw at.error("'" + path + "' is not a URL path: " + e.getReason() + " (escape spaces and the like as %20)");
        }
    }

    private static Endpoint endpoint(YamlNode n) {
        Endpoint e = Endpoint.fromWord(n.text().trim());
        if (e == null) {
            String words = Arrays.stream(Endpoint.values()).map(Endpoint::word).collect(Collectors.joining(", "));
            throw n.error("unknown endpoint '" + n.text() + "'; known: " + words);
        }
        return e;
    }
}
