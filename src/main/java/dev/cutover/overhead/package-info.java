/**
 * The gateway-overhead probe ({@code cutover overhead}): interleaved pairs of the same request through the gateway and
 * straight to the provider, a raw keep-alive HTTP/1.1 client timed with {@code nanoTime}, HdrHistograms summarised
 * as {@link dev.cutover.stats.Distribution}s, and its report folder (overhead.json, index.html).
 *
 * <p>May use: stats, wire, http, scenario, target, run (sessions) and report (the report folder and the HTML frame).
 * Used by bench (its request builder) and cli.
 */
package dev.cutover.overhead;
