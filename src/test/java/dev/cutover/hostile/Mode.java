package dev.cutover.hostile;

/**
 * One way a gateway under test misbehaves on the wire, chosen per request by the {@code x-hostile-mode}
 * header. Each is something a broken or hostile server can do to a client; cutover must observe it, finish
 * within its deadline, keep its memory bounded, write a report and never send the key anywhere else.
 */
enum Mode {
    /** The connection is reset before any byte of an answer. */
    RESET_BEFORE_HEADERS,
    /** The connection is closed cleanly before any byte of an answer. */
    CLOSE_BEFORE_HEADERS,
    /** Nothing ever comes back; the connection stays open. */
    SILENCE,
    /** The status line and headers trickle in, a byte every 200 ms, forever. */
    SLOW_HEADERS,
    /** Headers promise a JSON body of 100 bytes; none ever comes. */
    STALL_AFTER_HEADERS,
    /** A stream sends two events, then goes silent without ending. */
    STALL_MID_STREAM,
    /** A stream whose events come as fast as the socket takes them, never ending. */
    ENDLESS_FAST_STREAM,
    /** A stream with one event a second, never ending. */
    ENDLESS_SLOW_STREAM,
    /** A chunked JSON body that never ends. */
    ENDLESS_CHUNKED_BODY,
    /** A 64 MiB JSON answer with its length announced. */
    HUGE_BODY,
    /** A 64 MiB answer in chunks. */
    HUGE_CHUNKED_BODY,
    /** A stream of 64 MiB in one SSE line. */
    HUGE_SSE_LINE,
    /** Random bytes instead of HTTP. */
    GARBAGE,
    /** A status line that is no status line. */
    BAD_STATUS_LINE,
    /** Content-Encoding: gzip over bytes that are not gzip. */
    BAD_GZIP,
    /** A chunk size that is not hexadecimal. */
    BAD_CHUNK_SIZE,
    /** Content-Length promises 1000 bytes; 10 come, then the connection closes. */
    SHORT_BODY,
    /** A body sent a byte every 100 ms. */
    TRICKLED_BODY,
    /** 302 to another server on loopback, which records whatever reaches it. */
    REDIRECT_ELSEWHERE,
    /** 307 (method and body kept) to another server. */
    REDIRECT_307_ELSEWHERE,
    /** 303 to another server (a client following it would turn POST into GET). */
    REDIRECT_303_ELSEWHERE,
    /** 302 to the very same URL, forever. */
    REDIRECT_LOOP,
    /** "100 Continue" answers, one after another, forever. */
    ENDLESS_100_CONTINUE,
    /** One header line of 1 MiB. */
    HUGE_HEADER,
    /** 20,000 headers. */
    MANY_HEADERS,
    /** The stream is reset after two events. */
    RESET_MID_STREAM,
    /** A Content-Length that is no number. */
    BAD_CONTENT_LENGTH,
    /** The client's key echoed back: raw, base64, URL-encoded and JSON-escaped, in headers and body. */
    ECHO_KEY,
    /** A stream echoing the key in every event. */
    ECHO_KEY_STREAM,
    /** A whole, valid chat completion labelled Content-Encoding: gzip without being gzip (the SDKs' stacks raise). */
    GZIP_LABEL_ON_PLAIN_JSON,
    /** A valid chat completion labelled with a coding no client here decodes ({@code br}). */
    UNKNOWN_CODING,
    /** 64 KiB of gzip that decodes to 300 MiB. */
    GZIP_BOMB,
    /** Chunked and a Content-Length that cuts the first chunk: which one ends the body? */
    CHUNKED_AND_LENGTH,
    /** Two Content-Length headers that disagree. */
    TWO_LENGTHS,
    /** A chunk size of -5. */
    NEGATIVE_CHUNK_SIZE,
    /** A chat completion whose content is 996 arrays nested: JSON, but openai-java can overflow its stack on it. */
    DEEP_CONTENT
}
