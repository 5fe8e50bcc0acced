package dev.cutover.faulty;

/**
 * A change a compliant gateway may make on the way, which no scenario may flag: the other half of
 * {@link DefectsAreCaughtIT} runs the whole catalog through {@link FaultyGateway} with each one on.
 *
 * <p>Two harmless changes are in every run and need no switch: the JDK server behind the double re-cases every
 * header name it relays ({@code x-ratelimit-remaining-requests} reaches the client as
 * {@code X-ratelimit-remaining-requests}), and it answers a stream with chunked transfer encoding. Compression is
 * not switched here: cutover's client sends no Accept-Encoding, which lets a server pick any coding, and gzip and
 * deflate are decoded as the SDKs' HTTP stacks decode them ({@code ExchangeClientCodingTest}).
 */
public enum Harmless {
    NONE,

    // ---- JSON, in whole bodies and in every stream chunk ----

    /** Re-serialised with a space after every colon and comma: {@code {"a": 1, "b": [1, 2]}}. */
    SPACED_JSON,
    /** Every object's keys in reverse order. */
    REORDERED_KEYS,
    /** Indented over several lines; in a stream each chunk then spans several {@code data:} lines of one event. */
    PRETTY_JSON,
    /** Every character outside ASCII written as a {@code \\uXXXX} escape ({@code é} as {@code \\u00e9}). */
    UNICODE_ESCAPES,
    /** The gateway's own fields added: {@code provider_specific_fields} in every choice, {@code x_gateway} at the top. */
    EXTRA_FIELDS,
    /** The answer's {@code model} is the gateway's alias for it (routing; always allowed). */
    MODEL_ALIAS,

    // ---- stream framing ----

    /** Every SSE line ends with CRLF instead of LF. */
    CRLF_LINES,
    /** {@code data:} with no space before the payload. */
    DATA_WITHOUT_SPACE,
    /** An {@code id: N} line in every event. */
    EVENT_IDS,
    /** A {@code : keepalive} comment before every event. */
    SSE_COMMENTS,
    /** Every content delta of two characters or more cut into two chunks (re-chunking by a gateway that buffers). */
    SPLIT_CHUNKS,

    // ---- HTTP framing ----

    /** Whole JSON bodies sent with chunked transfer encoding instead of a Content-Length. */
    CHUNKED_BODIES
}
