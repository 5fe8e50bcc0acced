/**
 * {@code cutover bench mock}: the mock provider against a minimal Netty server and WireMock under wrk, each in a JVM of
 * its own ({@link dev.cutover.bench.ServerMain}), timed and open streams, live heap over a long run; {@code cutover
 * bench overhead}: the overhead probe against a known delay. Timing errors summarised as
 * {@link dev.cutover.stats.Distribution}s. Prints its figures and writes no report folder.
 *
 * <p>May use: stats, wire, http, mock, run (a session for the overhead probe) and overhead. Used by cli only.
 */
package dev.cutover.bench;
