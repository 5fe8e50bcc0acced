package dev.cutover.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * OpenAI's error body, {@code {"error": {"message", "type", "param", "code"}}}: what its SDKs read on every
 * non-2xx answer. All four keys are always written (null where there is nothing), because SDKs read them
 * blindly. The one place cutover builds it: the mock, the stand-ins and the test gateways all use this.
 */
public record ErrorEnvelope(String message, String type, String param, String code) {

    /** The four fields, in the order OpenAI writes them. */
    public static final List<String> FIELDS = List.of("message", "type", "param", "code");

    public ObjectNode json() {
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return root;
    }

    public byte[] bytes() {
        return Json.bytes(json());
    }
}
