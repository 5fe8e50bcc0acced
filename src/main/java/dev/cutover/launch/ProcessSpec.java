package dev.cutover.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start a gateway as a local process: a command run in a folder, with {@code ${port}} replaced by
 * a free port, ready when {@code readyPath} answers over HTTP.
 *
 * @param dir      folder to run in, resolved against the profile's folder
 * @param requires a path under {@code dir} that must exist first (e.g. node_modules/...), with the
 *                 install command to name when it does not
 * @param files    rendered config templates: a name in the run's folder ({@code ${run.dir}}) → its content
 * @param setup    run before the start; what it prints feeds the profile (null: none)
 * @param secrets  what the setup printed, except its plain names: masked in every output
 */
public record ProcessSpec(Path dir, List<String> command, Map<String, String> env, String readyPath,
                          int readyTimeoutMs, String requires, String install, Map<String, String> files,
                          SetupSpec setup, List<String> secrets) implements LaunchSpec {}
