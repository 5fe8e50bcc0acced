/**
 * In-process stand-ins for gateways that cannot run here (DIAL, LiteLLM, WorldFlow): small servers that
 * imitate each one's documented dialect in front of the mock (docs/stand-ins.md says which behaviour is
 * documented and which assumed). Streams are relayed with {@link dev.cutover.wire.SseRelay}.
 *
 * <p>May use: launch, wire.
 */
package dev.cutover.standin;
