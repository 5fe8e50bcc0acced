/**
 * Statistics every measuring package shares: one {@link dev.cutover.stats.Distribution} summary with one documented
 * percentile rule, from a sample or an HdrHistogram; the Mann-Whitney U test and the Hodges-Lehmann shift that
 * compare two samples.
 *
 * <p>May use: the JDK, HdrHistogram and Apache Commons Statistics — nothing else of cutover, so that load runs,
 * the overhead probe and the mock bench can all stand on it.
 */
package dev.cutover.stats;
