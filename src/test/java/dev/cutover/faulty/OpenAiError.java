package dev.cutover.faulty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** The gateway's own error bodies, in OpenAI's envelope so that they look like a real gateway's. */
final class OpenAiError {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiError() {}

    static byte[] missingKey() {
        return envelope("You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.",
                "invalid_request_error", null);
    }

    static byte[] wrongKey() {
        return envelope("Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
    }

    static byte[] badGateway(Exception cause) {
        return envelope("Upstream provider unreachable or broken: " + cause.getClass().getSimpleName(),
                "api_error", "bad_gateway");
    }

    static byte[] envelope(String message, String type, String code) {
        ObjectNode error = JSON.createObjectNode();
        error.put("message", message);
        error.put("type", type);
        error.putNull("param");
        if (code == null) error.putNull("code");
        else error.put("code", code);
        ObjectNode root = JSON.createObjectNode();
        root.set("error", error);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }
}
