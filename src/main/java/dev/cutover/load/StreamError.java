package dev.cutover.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status and reason of a failed stream, from the failure Gatling recorded for it. Reasons use the words of
 * plain requests where they mean the same ("HTTP 429", "no response"), so the two count together.
 *
 * @param status HTTP status of the answer; 0 when none came (nothing is made up: no status line, no status)
 */
record StreamError(int status, String reason) {
    /** Gatling's message for a refused stream (SseInvalidStatusException); the status is only in this text. */
    private static final Pattern REFUSED = Pattern.compile("Server returned http response with code (\\d{3})");
    private static final Pattern NOT_SSE = Pattern.compile("Server returned http response with content-type (.*)");

    /**
     * @param failure      what Gatling recorded (see {@link StreamFailures}); null when it recorded nothing
     * @param connect      the name of the stream's connect request; a failure of any other request (the [DONE]
     *                     check) came after the stream had opened
     * @param gotEvents    whether any event arrived
     * @param timeoutMs    the request timeout, for the reason of a stream without [DONE]
     */
    static StreamError of(StreamFailures.Recorded failure, String connect, boolean gotEvents, int timeoutMs) {
        boolean beforeOpening = failure == null ? !gotEvents : failure.request().equals(connect);
        String message = failure == null || failure.message() == null ? "" : failure.message();
        if (beforeOpening) {
            Matcher refused = REFUSED.matcher(message);
            if (refused.find()) return new StreamError(Integer.parseInt(refused.group(1)), "HTTP " + refused.group(1));
            Matcher notSse = NOT_SSE.matcher(message);
            if (notSse.find()) return new StreamError(200, "not an event stream (content-type " + notSse.group(1).trim() + ")");
            // Refused, reset or timed out before a status line: as for a plain request, no response.
            return new StreamError(0, "no response");
        }
        if (message.endsWith(" timeout")) return new StreamError(200, "no [DONE] within " + timeoutMs + " ms");
        if (message.endsWith("End of stream")) return new StreamError(200, "stream ended without [DONE]");
        // A reset, or a close mid-way whose resend StreamResends refused: either way the stream broke.
        return new StreamError(200, "stream broken before [DONE]");
    }
}
