package dev.cutover.overhead;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.mock.Marker;
import dev.cutover.scenario.Endpoint;
import dev.cutover.target.Routes;
import dev.cutover.target.Target;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chat completion the probe sends to one target, as raw HTTP/1.1 bytes: the target's path style,
 * model name, key and extra headers, and the exchange marker so that the mock provider plays the
 * probe's script whichever way the request came. Built once; every request of a side is the same bytes.
 */
public record ProbeRequest(URI origin, byte[] bytes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws IllegalArgumentException when the target names no chat model or a header cannot go on the wire */
    public static ProbeRequest chat(Target target, String exchangeKey, boolean stream) {
        String model = target.models().get("chat");
        if (model == null) {
            throw new IllegalArgumentException("target '" + target.name() + "' names no chat model (models: chat)");
        }
        URI base = URI.create(target.baseUrl());
        String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        String path = basePath + Routes.path(target, Endpoint.CHAT_COMPLETIONS, model);
        byte[] body = body(model, exchangeKey, stream);

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", base.getRawAuthority());
        headers.putAll(target.headers());
        headers.put("Content-Type", "application/json");
        headers.put(Marker.HEADER, exchangeKey);
        if (!target.auth().none()) headers.put(target.auth().header(), target.auth().valueFor(target.auth().key()));
        headers.put("Content-Length", String.valueOf(body.length));

        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n");
        headers.forEach((k, v) -> {
            if (v == null || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("target '" + target.name() + "': header " + k + " has no single-line value");
            }
            head.append(k).append(": ").append(v).append("\r\n");
        });
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return new ProbeRequest(URI.create(base.getScheme() + "://" + base.getRawAuthority()), all);
    }

    private static byte[] body(String model, String exchangeKey, boolean stream) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        root.putArray("messages").addObject().put("role", "user").put("content", "Say hello " + Marker.tag(exchangeKey));
        if (stream) root.put("stream", true);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }
}
