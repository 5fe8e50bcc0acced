package dev.cutover.wire;

/** A way the mock provider misbehaves on purpose. */
public enum Fault {
    RESET_BEFORE_HEADERS,
    RESET_MID_STREAM,
    NO_DONE,
    MALFORMED_SSE,
    WRONG_CONTENT_TYPE,
    EMPTY_BODY
}
