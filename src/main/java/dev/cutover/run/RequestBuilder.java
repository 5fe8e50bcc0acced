package dev.cutover.run;

import dev.cutover.http.HttpCall;
import dev.cutover.scenario.AuthMode;
import dev.cutover.scenario.RequestSpec;
import dev.cutover.target.ProviderRoute;
import dev.cutover.target.Routes;
import dev.cutover.target.Target;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Json;
import dev.cutover.wire.Marker;
import dev.cutover.yaml.Template;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a scenario step's request into a concrete HTTP call for one target: the target's path style,
 * its key in its header, its model names in place of ${model.*}, and the exchange marker in the content.
 */
public final class RequestBuilder {
    static final String INVALID_KEY = "sk-cutover-invalid-key-0000";
    /** The Messages API version Anthropic's SDKs send. */
    static final String ANTHROPIC_VERSION = "2023-06-01";

    private RequestBuilder() {}

    /** @throws IllegalArgumentException with a message for the report when the target lacks a model */
    public static HttpCall build(RequestSpec spec, Target target, String exchangeKey) {
        Object body = spec.body() == null ? null : resolve(spec.body(), target);
        if (body instanceof Map<?, ?> m && spec.padWords() > 0) body = Markers.pad(castMap(m), spec.padWords());
        if (body instanceof Map<?, ?> m && spec.marker()) body = Markers.insert(castMap(m), Marker.tag(exchangeKey));
        String model = model(spec, target, body);
        ProviderRoute route = target.routeFor(model);
        String url = url(spec, target, route, model);
        // As an SDK sends them: its own headers first, so the profile's and the scenario's replace them. A Messages
        // call is made with Anthropic's SDK: a Claude-style client never sends OpenAI's SDK headers.
        Map<String, String> headers = new LinkedHashMap<>(spec.endpoint() == Endpoint.MESSAGES
                ? target.client().anthropicHeaders() : target.client().headers());
        target.headers().forEach((k, v) -> replace(headers, k, v));
        if (body != null) replace(headers, "Content-Type", "application/json");
        headers.put(Marker.HEADER, exchangeKey);
        if (spec.endpoint() == Endpoint.MESSAGES) headers.put("anthropic-version", ANTHROPIC_VERSION); // Anthropic requires it
        auth(spec, target, route, headers);
        if (spec.bypassCache()) {
            headers.put(target.conventions().get("cacheBypassHeader"), target.conventions().getOrDefault("cacheBypassValue", "true"));
        }
        spec.headers().forEach((k, v) -> replace(headers, k, resolveText(v, target)));
        boolean stream = body instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("stream"));
        return new HttpCall(spec.effectiveMethod(), url, headers, body == null ? null : write(body), spec.timeoutMs(), stream);
    }

    /**
     * Sets a header in place of any of the same name in another case: a scenario's {@code accept-encoding} replaces
     * the SDK's {@code Accept-Encoding} instead of going out beside it, as one header map in an SDK would.
     */
    private static void replace(Map<String, String> headers, String name, String value) {
        headers.keySet().removeIf(k -> k.equalsIgnoreCase(name) && !k.equals(name));
        headers.put(name, value);
    }

    /** The model the request is about: explicit, else the body's, else the target's logical default. */
    private static String model(RequestSpec spec, Target target, Object body) {
        if (spec.model() != null) return resolveText(spec.model(), target);
        if (body instanceof Map<?, ?> m && m.get("model") instanceof String s) return s;
        return target.models().get(spec.endpoint() == Endpoint.EMBEDDINGS ? "embedding" : "chat");
    }

    private static String url(RequestSpec spec, Target target, ProviderRoute route, String model) {
        boolean health = spec.endpoint() == Endpoint.HEALTH_LIVENESS || spec.endpoint() == Endpoint.HEALTH_READINESS;
        if (spec.path() != null || health) {
            URI base = URI.create(route.baseUrl());
            String path = health ? Routes.healthPath(target, spec.endpoint()) : spec.path();
            return base.getScheme() + "://" + base.getRawAuthority() + path;
        }
        return route.baseUrl() + Routes.path(target, spec.endpoint(), model);
    }

    private static void auth(RequestSpec spec, Target target, ProviderRoute route, Map<String, String> headers) {
        AuthMode mode = spec.auth();
        if (route.auth().none() || mode == AuthMode.NONE) return;
        String key = switch (mode) {
            case INVALID -> INVALID_KEY;
            case NAMED -> target.keys().get(spec.keyName());
            default -> route.auth().key();
        };
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException(mode == AuthMode.NAMED
                    ? "target '" + target.name() + "' names no key '" + spec.keyName() + "'"
                    : "no key for provider '" + route.provider() + "': set the environment variable its profile names");
        }
        if (spec.endpoint() == Endpoint.MESSAGES) {
            headers.put("x-api-key", key); // as Anthropic's SDKs send it, whatever header the target's OpenAI clients use
            return;
        }
        headers.put(route.auth().header(), route.auth().valueFor(key));
    }

    private static Object resolve(Object value, Target target) {
        if (value instanceof String s) return resolveText(s, target);
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), resolve(v, target)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(resolve(v, target)));
            return out;
        }
        return value;
    }

    /** {@code ${model.NAME}} becomes the target's name for that logical model; other references stay. */
    static String resolveText(String text, Target target) {
        return Template.render(text, ref -> {
            if (!ref.startsWith("model.")) return null;
            String model = target.models().get(ref.substring(6));
            if (model == null) {
                throw new IllegalArgumentException("target '" + target.name() + "' names no model '" + ref.substring(6)
                        + "' (its models: " + String.join(", ", target.models().keySet()) + ")");
            }
            return model;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static String write(Object body) {
        return Json.write(body);
    }
}
