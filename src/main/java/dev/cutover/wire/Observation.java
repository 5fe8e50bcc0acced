package dev.cutover.wire;

import java.util.List;

/**
 * Everything seen in one exchange: the request sent, the answer (status, headers, body or every SSE
 * event with its arrival time), timings, a transport failure if there was one, and what the mock
 * provider received upstream for this exchange. Expectations and parity read this; they send nothing.
 *
 * @param status         HTTP status, or 0 when no response arrived
 * @param body           full body text; for streams, the raw text as received
 * @param events         SSE events in arrival order; empty when the response was not a stream
 * @param streamProblems lines that were not valid SSE fields, with their line numbers
 * @param transportError what went wrong at the connection level (refused, reset, timeout), or null
 * @param upstream       requests the mock provider received for this exchange so far
 * @param cut            how the body was cut when it was longer than cutover keeps, or null when it is whole
 */
public record Observation(
        SentRequest request,
        int status,
        Headers headers,
        String body,
        List<SseEvent> events,
        List<String> streamProblems,
        Timings timings,
        String transportError,
        List<ReceivedRequest> upstream,
        Cut cut) {

    /**
     * A body past the capture bound: {@code body} holds its first bytes only.
     *
     * @param keptBytes  bytes kept in {@code body}
     * @param totalBytes bytes received in all
     * @param sha256     hex digest of every byte received, to tell two huge bodies apart
     */
    public record Cut(long keptBytes, long totalBytes, String sha256) {
        /** The marker reports show where the body was cut. */
        public String marker() {
            return String.format(java.util.Locale.ROOT, "[cutover: body cut after %,d of %,d bytes; sha256 %s]", keptBytes,
                    totalBytes, sha256);
        }
    }

    /** An observation of a whole body. */
    public Observation(SentRequest request, int status, Headers headers, String body, List<SseEvent> events,
                       List<String> streamProblems, Timings timings, String transportError, List<ReceivedRequest> upstream) {
        this(request, status, headers, body, events, streamProblems, timings, transportError, upstream, null);
    }

    /**
     * The exchange ran into its deadline: no answer, or an answer that never ended. Such an exchange says
     * nothing about what the gateway would have sent, so a check that something is absent cannot pass on it.
     * (Every deadline message of the exchange client says "within N ms".)
     */
    public boolean timedOut() {
        return transportError != null && transportError.contains(" within ");
    }

    public boolean isStream() {
        return !events.isEmpty() || headers.first("content-type").orElse("").startsWith("text/event-stream");
    }

    public Observation withUpstream(List<ReceivedRequest> received) {
        return new Observation(request, status, headers, body, events, streamProblems, timings, transportError,
                List.copyOf(received), cut);
    }
}
