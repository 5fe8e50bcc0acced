/**
 * Sending one exchange and observing the answer: plain calls (RestAssured) and streams (JDK HttpClient,
 * read with {@link dev.cutover.wire.SseReader}), and {@link dev.cutover.http.Http1Response}, the one
 * HTTP/1.1 response reader of the clients that time bytes off a raw socket (overhead probe, bench).
 *
 * <p>May use: wire.
 */
package dev.cutover.http;
