/**
 * What a scenario expects to observe, one class per kind: {@link dev.cutover.expect.Assertion} (a {@link
 * dev.cutover.expect.Query} — status, header, JSON path, timing, what reached the provider — a predicate and
 * the line it was written on) and the checks that are more than a predicate (schema, error envelope, stream
 * shape, key isolation, tool-call assembly). Read from a step's {@code expect:} block by {@link
 * dev.cutover.expect.ExpectationParser}; checked against an observation, never sending anything.
 *
 * <p>May use: wire, yaml.
 */
package dev.cutover.expect;
