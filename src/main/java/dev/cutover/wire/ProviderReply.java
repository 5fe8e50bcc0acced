package dev.cutover.wire;

/**
 * What the provider answered one request, as it went onto the wire: with what the client sent and what the
 * client received, the other end of every exchange, so a gateway can be checked both ways by value.
 *
 * @param status  0 when the connection was dropped before any answer
 * @param headers the headers the provider set
 * @param body    the body text (for a stream, every event as sent)
 * @param dropped the provider broke the connection before the answer's end
 */
public record ProviderReply(int status, Headers headers, String body, boolean dropped) {

    public boolean isStream() {
        return headers.first("content-type").orElse("").startsWith("text/event-stream");
    }
}
