/**
 * Starting a target before a run and stopping it after: what a profile's {@code launch:} block asks for
 * (specs: a local process, a Testcontainers container, a stand-in by name), the run's own folder for rendered
 * config files ({@code RunFolder}), the setup step whose printed values feed the profile ({@code SetupStep}),
 * and the launchers for processes and containers (free port, readiness, logs kept for the report, stopped on
 * close and on JVM exit).
 *
 * <p>May use: the JDK and Testcontainers — no other cutover package.
 */
package dev.cutover.launch;
