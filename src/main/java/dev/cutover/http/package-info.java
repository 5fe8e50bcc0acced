/**
 * Sending one exchange and observing the answer, whatever the server does: {@link
 * dev.cutover.http.ExchangeClient} (one deadline for the whole exchange, HTTP/1.1, no redirect followed, the
 * body captured up to a bound, streams read with {@link dev.cutover.wire.SseReader}, nothing thrown), and
 * {@link dev.cutover.http.Http1Response}, the one HTTP/1.1 response reader of the clients that time bytes off
 * a raw socket (overhead probe, bench).
 *
 * <p>May use: wire.
 */
package dev.cutover.http;
