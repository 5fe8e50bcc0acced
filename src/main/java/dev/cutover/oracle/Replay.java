package dev.cutover.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.HopByHop;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One observed answer as an SDK is handed it again: what its client is asked to do (endpoint, stream or not,
 * the embedding format) and what it is answered (status, headers, body bytes, and whether the connection broke
 * before the end) — by openai-java's transport in this process, by a loopback server in the Node runner.
 *
 * <p>The SDK's request mirrors the observed one where the answer depends on it: {@code stream} from the
 * request's body, and an embedding's {@code encoding_format}. Without one the observed answer carries floats
 * (the API's default), so the SDK is asked for {@code float} explicitly: both SDKs would otherwise ask for
 * base64 and decode the float array as base64, a mismatch of the replay and not of the gateway.
 *
 * @param headers response headers in arrival order, less hop-by-hop and framing ones (the replay frames the
 *                body itself), {@code content-encoding} (cutover keeps the body as text, not the coded bytes) and
 *                {@code location} (a replay must never send an SDK's client elsewhere; redirects are not replayed)
 * @param broken  the exchange ended in a transport failure: the replay gives the body, then breaks off as the
 *                observed connection did (a chunked body that never ends, an EOF before its end)
 */
public record Replay(Endpoint endpoint, boolean stream, String encodingFormat, int status,
                     List<Map.Entry<String, String>> headers, String body, boolean broken) {

    /** The endpoints the official SDKs have a typed call for, and that cutover's scenarios use. */
    public static final Set<Endpoint> COVERED = Set.of(Endpoint.CHAT_COMPLETIONS, Endpoint.EMBEDDINGS, Endpoint.MODELS_LIST,
            Endpoint.MODELS_GET, Endpoint.RESPONSES, Endpoint.MESSAGES);

    public Replay {
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** Why no SDK can be asked about this exchange, or null when one can. */
    public static String whyNot(Endpoint endpoint, Observation o) {
        if (endpoint == null) return "a raw path, no SDK call";
        if (!COVERED.contains(endpoint)) return endpoint.word() + " is no SDK call";
        if (o == null || o.status() == 0) return "no response arrived";
        if (o.cut() != null) return "body past cutover's capture bound, not replayable whole";
        // Both clients follow a redirect, so the replay would send them to whatever host a gateway names.
        if (o.status() >= 300 && o.status() < 400) return "a redirect: the SDKs' clients would follow it elsewhere";
        return null;
    }

    /** The replay of an observation {@link #whyNot} accepts. */
    public static Replay of(Endpoint endpoint, Observation o) {
        JsonNode sent = o.request() == null ? null : Json.parse(o.request().body()).orElse(null);
        boolean stream = sent != null && sent.path("stream").asBoolean(false);
        String format = null;
        if (endpoint == Endpoint.EMBEDDINGS) {
            format = sent != null && sent.path("encoding_format").isTextual() ? sent.get("encoding_format").asText() : "float";
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        o.headers().values().forEach((name, values) -> {
            // No Location either: no replayed answer may point an SDK's client at another host.
            if (HopByHop.is(name) || name.equals("content-encoding") || name.equals("location")) return;
            values.forEach(v -> headers.add(Map.entry(name, v)));
        });
        return new Replay(endpoint, stream, format, o.status(), headers, o.body(), o.transportError() != null);
    }

    /** The replay as the Node runner reads it: one JSON object (gateways/sdk-oracle/index.mjs). */
    String toJsonLine(long id) {
        var node = Json.object().put("id", id).put("endpoint", endpoint.word()).put("stream", stream)
                .put("encodingFormat", encodingFormat).put("status", status).put("body", body).put("broken", broken);
        var list = node.putArray("headers");
        headers.forEach(h -> list.addArray().add(h.getKey()).add(h.getValue()));
        return Json.write(node);
    }

    /** The body as a client's HTTP stack hands it over: as OkHttp, a 204 or 304 has none, whatever bytes came with it. */
    byte[] bodyBytes() {
        return status == 204 || status == 304 ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }

    public boolean success() {
        return status >= 200 && status < 300;
    }
}
