package dev.cutover.wire;

/**
 * One request as the mock provider received it (headers unmasked: expectations need to see whether a
 * client key leaked; reports mask them), and what the provider answered it. {@code atMs} is wall-clock epoch
 * milliseconds.
 *
 * @param reply what the mock sent back, or null when it is not known (a journal from an older mock)
 */
public record ReceivedRequest(String method, String path, String query, Headers headers, String body, long atMs,
                              ProviderReply reply) {

    /** A request whose answer is not known. */
    public ReceivedRequest(String method, String path, String query, Headers headers, String body, long atMs) {
        this(method, path, query, headers, body, atMs, null);
    }

    /** The same request with the answer it got. */
    public ReceivedRequest answered(ProviderReply answer) {
        return new ReceivedRequest(method, path, query, headers, body, atMs, answer);
    }
}
