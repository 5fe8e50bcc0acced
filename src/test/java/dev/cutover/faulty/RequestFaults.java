package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.util.Optional;
import java.util.Set;

/**
 * What a defect does to the request body on its way to the provider. The body goes on byte for byte unless the
 * defect concerns it, so the clean proxy forwards exactly what the client sent.
 */
final class RequestFaults {
    /** What the typed chat request of Nayjest/lm-proxy#41 knew; everything else was dropped. */
    private static final Set<String> TYPED = Set.of("model", "messages", "stream", "max_tokens", "temperature", "top_p", "n",
            "stop", "presence_penalty", "frequency_penalty", "user");

    private RequestFaults() {}

    static byte[] body(Defect defect, byte[] body) {
        if (defect != Defect.STRIP_UNTYPED_PARAMS && defect != Defect.CLAMP_SAMPLING && defect != Defect.RENAME_MAX_TOKENS
                && defect != Defect.FORCE_INCLUDE_USAGE) {
            return body;
        }
        Optional<ObjectNode> parsed = Json.object(body);
        // Chat requests only: embeddings have no typed model to lose fields to, nor sampling or max_tokens.
        if (parsed.isEmpty() || !parsed.get().has("messages")) return body;
        ObjectNode request = parsed.get();
        int fields = request.size();
        boolean changed = switch (defect) {
            case STRIP_UNTYPED_PARAMS -> request.retain(TYPED).size() != fields;
            case CLAMP_SAMPLING -> clamp(request, "temperature", 2) | clamp(request, "top_p", 1);
            // Only where the client left the choice open: its own stream_options go on as sent.
            case FORCE_INCLUDE_USAGE -> request.path("stream").asBoolean(false) && !request.has("stream_options")
                    && request.putObject("stream_options").put("include_usage", true) != null;
            default -> rename(request);
        };
        return changed ? Json.bytes(request) : body;
    }

    private static boolean clamp(ObjectNode request, String field, double max) {
        JsonNode v = request.get(field);
        if (v == null || !v.isNumber() || v.asDouble() <= max) return false;
        request.put(field, (int) max);
        return true;
    }

    private static boolean rename(ObjectNode request) {
        JsonNode v = request.remove("max_tokens");
        if (v == null) return false;
        request.set("max_completion_tokens", v);
        return true;
    }
}
