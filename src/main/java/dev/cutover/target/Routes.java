package dev.cutover.target;

import dev.cutover.wire.Endpoint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Maps a logical endpoint to the path a target's API style uses. For {@code openai} the base URL holds
 * the version prefix, as OpenAI's SDKs take it ({@code https://api.openai.com/v1}, Gemini's
 * {@code .../v1beta/openai}); for {@code azure} it is the resource root and the path carries
 * {@code /openai/deployments/...}.
 */
public final class Routes {
    private Routes() {}

    /**
     * @param model the target's model name: the deployment for azure-style chat and embeddings, the id
     *              for models.get
     */
    public static String path(Target t, Endpoint e, String model) {
        String m = model == null ? "" : URLEncoder.encode(model, StandardCharsets.UTF_8).replace("+", "%20");
        if (t.api() == ApiStyle.OPENAI) {
            return switch (e) {
                case CHAT_COMPLETIONS -> "/chat/completions";
                case EMBEDDINGS -> "/embeddings";
                case MODELS_LIST -> "/models";
                case MODELS_GET -> "/models/" + m;
                case HEALTH_LIVENESS, HEALTH_READINESS -> healthPath(t, e);
                case MESSAGES -> "/messages";
                case RESPONSES -> "/responses";
            };
        }
        String q = "?api-version=" + URLEncoder.encode(t.apiVersion(), StandardCharsets.UTF_8);
        return switch (e) {
            case CHAT_COMPLETIONS -> "/openai/deployments/" + m + "/chat/completions" + q;
            case EMBEDDINGS -> "/openai/deployments/" + m + "/embeddings" + q;
            case MODELS_LIST -> "/openai/models" + q;
            case MODELS_GET -> "/openai/models/" + m + q;
            case HEALTH_LIVENESS, HEALTH_READINESS -> healthPath(t, e);
            case RESPONSES -> "/openai/responses" + q;
            case MESSAGES -> throw new IllegalArgumentException("target '" + t.name() + "' is azure-style: Azure OpenAI has no Messages API");
        };
    }

    /** The convention that names a health endpoint's path, e.g. livenessPath. */
    public static String healthConvention(Endpoint e) {
        return e == Endpoint.HEALTH_LIVENESS ? "livenessPath" : "readinessPath";
    }

    /** A health path from the target's conventions; it lives at the host root, not under the API prefix. */
    public static String healthPath(Target t, Endpoint e) {
        String path = t.conventions().get(healthConvention(e));
        if (path == null) throw new IllegalArgumentException("target '" + t.name() + "' names no " + healthConvention(e));
        return path;
    }
}
