package dev.cutover.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.ErrorEnvelope;
import dev.cutover.wire.ProviderScript.ErrorReply;

/** An error as OpenAI reports it: an HTTP status and the {@code {"error":{message,type,param,code}}} envelope. */
record ApiError(int status, String message, String type, String param, String code) {

    static ApiError missingKey() {
        return new ApiError(401, "You didn't provide an API key. You need to provide your API key in an "
                + "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
                "invalid_request_error", null, null);
    }

    static ApiError wrongKey(String presented) {
        return new ApiError(401, "Incorrect API key provided: " + mask(presented) + ".",
                "invalid_request_error", null, "invalid_api_key");
    }

    static ApiError badRequest(String message, String param) {
        return new ApiError(400, message, "invalid_request_error", param, null);
    }

    static ApiError unknownModel(String model) {
        return new ApiError(404, "The model `" + model + "` does not exist or you do not have access to it.",
                "invalid_request_error", null, "model_not_found");
    }

    static ApiError serverError() {
        return new ApiError(500, "The server had an error while processing your request. Sorry about that!",
                "server_error", null, null);
    }

    /** The mock's own fault (a bug, a script it cannot carry out): worded so that nobody takes it for the provider's. */
    static ApiError mockFailed(String what) {
        return new ApiError(500, "cutover mock failed: " + what, "server_error", null, null);
    }

    /**
     * A scripted error; a blank message gets the default a provider would use for that status. A blank type stays
     * blank until it is rendered: each dialect has its own word for a status ({@link #envelope()}, {@link DialectErrors}).
     */
    static ApiError scripted(ErrorReply e) {
        int status = e.status() <= 0 ? 500 : e.status();
        String message = e.message() != null ? e.message() : defaultMessage(status);
        return new ApiError(status, message, e.type(), e.param(), e.code());
    }

    ObjectNode envelope() {
        return new ErrorEnvelope(message, type != null ? type : defaultType(status), param, code).json();
    }

    private static String defaultType(int status) {
        if (status == 429) return "requests";
        if (status == 401) return "invalid_request_error";
        return status >= 500 ? "server_error" : "invalid_request_error";
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 400 -> "Invalid request.";
            case 401 -> "Invalid authentication.";
            case 403 -> "You are not allowed to access this resource.";
            case 404 -> "Not found.";
            case 429 -> "Rate limit reached for requests. Please try again later.";
            case 503 -> "The engine is currently overloaded, please try again later.";
            case 529 -> "Overloaded";
            default -> status >= 500 ? serverError().message : "Request failed with status " + status + ".";
        };
    }

    /** OpenAI shows only the ends of a wrong key, so the journal is the only place it appears whole. */
    private static String mask(String key) {
        if (key.length() <= 8) return "****";
        return key.substring(0, 3) + "*".repeat(Math.min(20, key.length() - 7)) + key.substring(key.length() - 4);
    }
}
