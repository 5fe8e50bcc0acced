package dev.cutover.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A command run once before a gateway starts, whose output feeds the profile: every {@code NAME=value} line it
 * prints becomes {@code ${setup.NAME}} (a generated client key, a virtual key made through an admin API, …).
 * Values are secrets — masked in every output — unless named in {@code plain}.
 *
 * @param dir       folder it runs in: the process's {@code dir}, or the profile's folder for a container
 * @param command   the program and its arguments, variables resolved ({@code ${setup.*}} excepted: it makes them)
 * @param timeoutMs past this it is stopped, with everything it started, and the launch fails
 * @param plain     names whose values are not secret (a model name, a port), so reports show them
 */
public record SetupSpec(Path dir, List<String> command, int timeoutMs, Set<String> plain) {}
