package dev.cutover.importer;

import java.util.List;

/** How a deployment behind LiteLLM is reached without LiteLLM: a direct OpenAI-compatible route, or why not. */
sealed interface Route permits Route.Direct, Route.Unreachable {

    String provider();

    /**
     * A provider endpoint cutover can call itself.
     *
     * @param gateway    the target profile's gateway word
     * @param baseUrl    in target-profile spelling, may hold {@code ${env:NAME}}
     * @param apiVersion for azure, else null
     * @param keyEnv     the environment variable holding the provider key, or null when the endpoint takes none
     * @param modelId    what the provider calls the model (the deployment for azure)
     * @param notes      one line each, written as comments into the profile
     */
    record Direct(String provider, String gateway, String baseUrl, boolean azure, String apiVersion,
                  String keyEnv, String modelId, List<String> notes) implements Route {

        String authHeader() {
            return azure ? "api-key" : "Authorization";
        }

        /** Deployments that can share one target profile: same provider, endpoint, version and key. */
        String groupKey() {
            return String.join("|", provider, baseUrl, String.valueOf(apiVersion), String.valueOf(keyEnv));
        }
    }

    record Unreachable(String provider, String reason) implements Route {}
}
