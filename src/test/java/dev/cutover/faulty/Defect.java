package dev.cutover.faulty;

/**
 * One deliberate gateway bug, applied by {@link FaultyGateway}. Each corresponds to something real
 * gateways have been seen to do; a conformance check that still passes with the defect on cannot fail.
 */
public enum Defect {
    /** A clean proxy: key isolation only; statuses, headers and bodies pass through as they arrive. */
    NONE,
    /** Streams lose their final {@code data: [DONE]} event; the stream otherwise ends normally. */
    DROP_DONE,
    /** An upstream 429 reaches the client as 500; headers and body are unchanged. */
    RATE_LIMIT_AS_500,
    /** The {@code Retry-After} and {@code retry-after-ms} response headers are removed. */
    STRIP_RETRY_AFTER,
    /**
     * An error body (status 400 or more, JSON with an {@code error} object) becomes
     * {@code {"status":"failure","message":"<error.message>"}} — the shape of Portkey's own errors.
     */
    FLATTEN_ERROR_ENVELOPE,
    /** The client's {@code Authorization} header goes upstream instead of the provider key. */
    FORWARD_CLIENT_KEY,
    /**
     * The second data event of a stream is split after the first colon of its payload:
     * {@code data: {"id":"x",…}} becomes {@code data: {"id":} and a next line {@code "x",…}, which is
     * no SSE field and leaves the event's JSON truncated.
     */
    BREAK_SSE_FRAME,
    /** The whole upstream stream is read first and then sent at once, so time to first token ≈ total time. */
    BUFFER_STREAM,
    /** The stream chunk whose {@code choices} is an empty list (the include_usage chunk) is removed. */
    DROP_USAGE_CHUNK,
    /** {@code "finish_reason":"length"} becomes {@code "stop"} in JSON bodies and in stream chunks. */
    REWRITE_FINISH_REASON,
    /** A stream's {@code Content-Type: text/event-stream} reaches the client as {@code application/json}. */
    WRONG_STREAM_CONTENT_TYPE,
    /**
     * When the upstream stream breaks (reset, truncated chunked body), the client's stream ends as if
     * complete instead of breaking too — the client cannot tell a cut answer from a whole one.
     */
    SWALLOW_UPSTREAM_RESET
}
