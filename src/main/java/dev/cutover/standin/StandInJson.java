package dev.cutover.standin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Optional;

/** JSON for stand-ins: lenient reading (a body may be anything), plain writing. */
final class StandInJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private StandInJson() {}

    /** The body as a JSON object, or empty when it is not one. */
    static Optional<ObjectNode> object(byte[] body) {
        try {
            JsonNode n = MAPPER.readTree(body);
            return n != null && n.isObject() ? Optional.of((ObjectNode) n) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode n) {
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OpenAI's error envelope {@code {"error":{message,type,param,code}}}; nulls stay as JSON null. */
    static ObjectNode error(String message, String type, String param, String code) {
        ObjectNode root = object();
        ObjectNode e = root.putObject("error");
        e.put("message", message);
        e.put("type", type);
        e.put("param", param);
        e.put("code", code);
        return root;
    }
}
