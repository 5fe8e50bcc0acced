/**
 * The {@code cutover} command line (picocli): each command parses its options, runs the package that does the work,
 * has its report folder written and prints a summary; exit codes are decided here.
 *
 * <p>May use every other package; nothing uses it.
 */
package dev.cutover.cli;
