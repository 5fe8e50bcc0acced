package dev.cutover.scenario;

import dev.cutover.wire.Endpoint;
import dev.cutover.yaml.YamlNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a scenario's {@code request:} block into a {@link RequestSpec}. */
final class RequestReader {
    private static final List<String> KEYS = List.of("endpoint", "path", "method", "model", "headers", "body",
            "auth", "timeout_ms", "marker", "repeat", "bypass_cache");

    private RequestReader() {}

    static RequestSpec read(YamlNode n) {
        n.onlyKeys(KEYS);
        Endpoint endpoint = n.get("endpoint").map(RequestReader::endpoint).orElse(null);
        String path = n.get("path").map(YamlNode::text).orElse(null);
        if (endpoint == null && path == null) throw n.error("give either 'endpoint' or 'path'");
        if (endpoint != null && path != null) throw n.require("path").error("give either 'endpoint' or 'path', not both");
        if (path != null && !path.startsWith("/")) throw n.require("path").error("a path starts with '/'");
        YamlNode body = n.get("body").orElse(null);
        if (body != null && !body.isMap()) throw body.error("the body is a map of JSON fields");
        int timeout = n.get("timeout_ms").map(YamlNode::integer).orElse(RequestSpec.DEFAULT_TIMEOUT_MS);
        if (timeout <= 0) throw n.require("timeout_ms").error("must be a positive number of milliseconds");
        return new RequestSpec(endpoint, path,
                n.get("method").map(v -> v.oneOf(java.util.Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"))).orElse(null),
                n.get("model").map(YamlNode::text).orElse(null),
                n.get("headers").map(ProviderScriptReader::textMap).orElse(Map.of()),
                body == null ? null : body.plain(),
                n.get("auth").map(RequestReader::authMode).orElse(AuthMode.DEFAULT),
                timeout,
                n.get("marker").map(YamlNode::bool).orElse(true),
                n.get("auth").filter(YamlNode::isMap).map(a -> a.require("key").text()).orElse(null),
                n.get("repeat").map(RequestReader::repeat).orElse(null),
                n.get("bypass_cache").map(YamlNode::bool).orElse(false));
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
        YamlNode max = n.require("max");
        int m = max.integer();
        if (m < 1 || m > 1000) throw max.error("between 1 and 1000 requests");
        return new RequestSpec.Repeat(m, n.require("until_status").integer());
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
