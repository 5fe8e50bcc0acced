package dev.cutover.overhead;

import dev.cutover.http.HttpCall;
import dev.cutover.run.RequestBuilder;
import dev.cutover.scenario.RequestSpec;
import dev.cutover.target.Target;
import dev.cutover.wire.Endpoint;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chat completion the probe sends to one target, as raw HTTP/1.1 bytes. The request itself — path
 * style, model name, key, extra headers, exchange marker — is built exactly as for a conformance run
 * ({@link RequestBuilder}); this only lays it out for the probe's own client. Built once; every request
 * of a side is the same bytes.
 */
public record ProbeRequest(URI origin, byte[] bytes) {
    private static final int TIMEOUT_MS = 30_000;

    /** @throws IllegalArgumentException when the target names no chat model or a header cannot go on the wire */
    public static ProbeRequest chat(Target target, String exchangeKey, boolean stream) {
        if (target.models().get("chat") == null) {
            throw new IllegalArgumentException("target '" + target.name() + "' names no chat model (models: chat)");
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("model", "${model.chat}");
        request.put("messages", List.of(Map.of("role", "user", "content", "Say hello")));
        if (stream) request.put("stream", true);
        HttpCall call = RequestBuilder.build(RequestSpec.of(Endpoint.CHAT_COMPLETIONS, request, TIMEOUT_MS), target, exchangeKey);

        URI url = URI.create(call.url());
        byte[] body = call.body().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", url.getRawAuthority());
        headers.putAll(call.headers());
        headers.put("Content-Length", String.valueOf(body.length));

        String path = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
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
        return new ProbeRequest(URI.create(url.getScheme() + "://" + url.getRawAuthority()), all);
    }
}
