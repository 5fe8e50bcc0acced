/**
 * The picocli commands ({@code run, compare, lint, mock, import, load, overhead, bench}): options, progress
 * lines, exit codes (0 pass / GO, 1 failure / NO-GO, 2 bad input, 3 cutover's own bug).
 *
 * <p>May use: every other package; nothing uses it.
 */
package dev.cutover.cli;
