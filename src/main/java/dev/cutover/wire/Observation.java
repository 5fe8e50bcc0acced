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
        List<ReceivedRequest> upstream) {

    public boolean isStream() {
        return !events.isEmpty() || headers.first("content-type").orElse("").startsWith("text/event-stream");
    }

    public Observation withUpstream(List<ReceivedRequest> received) {
        return new Observation(request, status, headers, body, events, streamProblems, timings, transportError,
                List.copyOf(received));
    }
}
