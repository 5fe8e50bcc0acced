/**
 * The ground floor: the OpenAI-over-HTTP vocabulary every other package shares, so that all of cutover
 * means the same by a stream, a token, a JSON body or an error. Exchange records ({@link
 * dev.cutover.wire.SentRequest}, {@link dev.cutover.wire.ReceivedRequest}, {@link dev.cutover.wire.Observation},
 * {@link dev.cutover.wire.Headers}); the one SSE reader ({@link dev.cutover.wire.SseReader}) and relay ({@link
 * dev.cutover.wire.SseRelay}); the token rule ({@link dev.cutover.wire.Tokens}); the error envelope; the
 * hop-by-hop header set; the provider script ({@link dev.cutover.wire.ProviderScript}) and the exchange
 * marker shared by runner and mock; the one {@link dev.cutover.wire.Json} holder; the {@link
 * dev.cutover.wire.Redactor}.
 *
 * <p>May use: the JDK and Jackson only — no other cutover package.
 */
package dev.cutover.wire;
