package dev.cutover.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** The command line's exit codes, as a build result: a failure for what cutover found, an error for what stopped it. */
final class ExitCode {
    private ExitCode() {}

    static void judge(int code, String command, boolean failOnFailure, Log log) throws MojoExecutionException, MojoFailureException {
        switch (code) {
            case 0 -> { }
            case 1, 4 -> {
                String what = found(code, command);
                if (failOnFailure) throw new MojoFailureException("cutover " + command + ": " + what + " (report above)");
                log.warn("cutover " + command + ": " + what + "; the build goes on (failOnFailure is false)");
            }
            case 2 -> throw new MojoExecutionException("cutover " + command + ": bad input (the error above names file, line and field)");
            default -> throw new MojoExecutionException("cutover " + command + " stopped with exit code " + code + " (see above)");
        }
    }

    private static String found(int code, String command) {
        if (code == 4) return "INCONCLUSIVE: too little of what applies ran to say it passed";
        return switch (command) {
            case "compare" -> "NO-GO";
            case "load" -> "the load verdict failed";
            default -> "scenarios failed";
        };
    }
}
