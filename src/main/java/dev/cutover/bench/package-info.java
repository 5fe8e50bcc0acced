/**
 * {@code cutover bench mock}: the mock provider against a bare JDK HttpServer under wrk, timed and open streams, live
 * heap over a long run; timing errors summarised as {@link dev.cutover.stats.Distribution}s. Prints its figures and
 * writes no report folder.
 *
 * <p>May use: stats, wire, http, mock and overhead (its probe request). Used by cli only.
 */
package dev.cutover.bench;
