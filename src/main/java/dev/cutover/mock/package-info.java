/**
 * The scripted mock provider: a Netty front that turns each request into a timed plan ({@code Answer}) and
 * plays it with the event loop's timers; the scripted engine (chat, streams, tools, embeddings, faults);
 * WireMock in-process for unscripted requests; the per-exchange journal; the admin API for a standalone
 * mock; the mock's own lateness account.
 *
 * <p>May use: wire.
 */
package dev.cutover.mock;
