package dev.cutover.mock;

import dev.cutover.wire.Endpoint;

/**
 * An OpenAI-style path the scripted engine answers: {@code /v1/…}, bare {@code /…} or Azure's
 * {@code /openai/deployments/{deployment}/…}, ending in {@code chat/completions}, {@code embeddings} or
 * {@code responses}. Read by hand rather than by regular expression: every request the mock serves asks.
 *
 * @param deployment the Azure deployment the path names, else null
 */
record OpenAiPath(Endpoint endpoint, String deployment) {
    private static final String AZURE = "/openai/deployments/";

    /** The path read, or null when it is none of these. */
    static OpenAiPath of(String path) {
        Endpoint endpoint;
        String rest;
        if (path.endsWith("/chat/completions")) {
            endpoint = Endpoint.CHAT_COMPLETIONS;
            rest = path.substring(0, path.length() - "/chat/completions".length());
        } else if (path.endsWith("/embeddings")) {
            endpoint = Endpoint.EMBEDDINGS;
            rest = path.substring(0, path.length() - "/embeddings".length());
        } else if (path.endsWith("/responses")) {
            endpoint = Endpoint.RESPONSES;
            rest = path.substring(0, path.length() - "/responses".length());
        } else {
            return null;
        }
        if (rest.isEmpty() || rest.equals("/v1")) return new OpenAiPath(endpoint, null);
        if (rest.startsWith(AZURE) && rest.length() > AZURE.length() && rest.indexOf('/', AZURE.length()) < 0) {
            return new OpenAiPath(endpoint, rest.substring(AZURE.length()));
        }
        return null;
    }
}
