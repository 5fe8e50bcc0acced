package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat answer read the same way whether it came as one JSON body or as a stream (assembled as an SDK does,
 * {@link StreamAssembly}), and the request it answers — what the live checks compare a real model's output with:
 * the tools the request offered, the response format it asked for, its token limit.
 */
final class Answer {
    private Answer() {}

    /** Each choice as {@code {index, message, finish_reason}}. */
    static Lookup<List<JsonNode>> choices(Observation o) {
        JsonNode root;
        if (o.isStream()) {
            Lookup<List<JsonNode>> chunks = Response.chunks(o);
            if (chunks.failed()) return Lookup.failed(chunks.problem());
            root = StreamAssembly.of(chunks.value());
        } else {
            Lookup<JsonNode> body = Response.jsonBody(o);
            if (body.failed()) return Lookup.failed(body.problem());
            root = body.value();
        }
        List<JsonNode> out = new ArrayList<>();
        root.path("choices").forEach(out::add);
        if (out.isEmpty()) return Lookup.failed("the answer has no choices: " + Values.show(root));
        return Lookup.of(out);
    }

    /** The usage the answer reports: the body's, or the stream's usage chunk (the last with a non-null usage). */
    static Lookup<JsonNode> usage(Observation o) {
        if (o.isStream()) {
            Lookup<List<JsonNode>> chunks = Response.chunks(o);
            if (chunks.failed()) return Lookup.failed(chunks.problem());
            JsonNode last = chunks.value().stream().filter(c -> c.hasNonNull("usage")).reduce((a, b) -> b).orElse(null);
            return last == null ? Lookup.failed("usage: no chunk carried a non-null usage (was include_usage sent?)")
                    : Lookup.of(last.get("usage"));
        }
        Lookup<JsonNode> body = Response.jsonBody(o);
        if (body.failed()) return body;
        JsonNode usage = body.value().get("usage");
        return usage == null || usage.isNull() ? Lookup.failed("usage: the answer has none") : Lookup.of(usage);
    }

    /** The JSON body the client sent (masked as in reports), or a missing node when there was none. */
    static JsonNode request(Observation o) {
        if (o.request() == null || o.request().body() == null) return MissingNode.getInstance();
        return Json.parse(o.request().body()).orElse(MissingNode.getInstance());
    }

    /** The text of a tool call's or function call's arguments parsed, or null with the problem added. */
    static JsonNode arguments(JsonNode args, String who, List<String> problems) {
        // A streamed call was assembled with its arguments already read as JSON when they parsed.
        if (!args.isTextual()) {
            if (args.isMissingNode() || args.isNull()) problems.add(who + ": no arguments");
            return args.isMissingNode() || args.isNull() ? null : args;
        }
        JsonNode parsed = Json.parse(args.textValue()).orElse(null);
        if (parsed == null) problems.add(who + ": arguments are not JSON: " + Values.cut(args.textValue()));
        return parsed;
    }
}
