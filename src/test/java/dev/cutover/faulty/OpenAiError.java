package dev.cutover.faulty;

import dev.cutover.wire.ErrorEnvelope;

/** The gateway's own error bodies, in OpenAI's envelope so that they look like a real gateway's. */
final class OpenAiError {
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

    /** A gateway's own error in its own shape, not OpenAI's (theopenco/llmgateway#2532 before its fix). */
    static byte[] flat(int status, String message) {
        return ("{\"error\":true,\"status\":" + status + ",\"message\":\"" + message + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] envelope(String message, String type, String code) {
        return new ErrorEnvelope(message, type, null, code).bytes();
    }
}
