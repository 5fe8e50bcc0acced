package dev.cutover.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a launch's {@code install} command (e.g. {@code npm ci}) when what it {@code requires} is missing and
 * {@value #PROPERTY} is true: the Maven plugin's {@code installGateways}, so that a team's build can start a
 * shipped gateway (Portkey from npm) without a step of its own. Off by default: installing software is a
 * user's decision, and without it the error names the command to run.
 */
final class Install {
    /** System property: true lets a launch run its install command. */
    static final String PROPERTY = "cutover.installGateways";
    /** npm ci of a gateway takes under a minute with a warm cache; ten leave room for a cold one. */
    static final long BOUND_MINUTES = 10;

    private Install() {}

    static boolean allowed() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY, "false"));
    }

    /** Runs the install command in the spec's folder, its output going to a log there; a failure says why. */
    static void run(ProcessSpec spec) {
        Path log = spec.dir().resolve("install.log");
        System.err.println("cutover: installing in " + spec.dir() + ": " + spec.install() + " (output: " + log + ")");
        ProcessBuilder pb = new ProcessBuilder(List.of("sh", "-c", spec.install())).directory(spec.dir().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(BOUND_MINUTES, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new LaunchException("'" + spec.install() + "' in " + spec.dir() + " did not finish in " + BOUND_MINUTES
                        + " minutes; its output: " + log);
            }
            if (p.exitValue() != 0) {
                throw new LaunchException("'" + spec.install() + "' in " + spec.dir() + " failed with exit code " + p.exitValue()
                        + "; its last lines:\n" + String.join("\n", last(log, 15)));
            }
        } catch (IOException e) {
            throw new LaunchException("cannot run '" + spec.install() + "' in " + spec.dir() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while installing in " + spec.dir());
        }
    }

    private static List<String> last(Path log, int n) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - n), lines.size());
        } catch (IOException e) {
            return List.of("(its log cannot be read: " + e.getMessage() + ")");
        }
    }
}
