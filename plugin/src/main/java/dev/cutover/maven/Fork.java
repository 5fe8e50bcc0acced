package dev.cutover.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs the cutover JVM, its lines going to Maven's log (so -q quiets them), bounded in time; an interrupted or
 * stopped build takes it down with it.
 */
final class Fork {
    private final Log log;
    private final Path dir;
    private final int timeoutMinutes;

    Fork(Log log, Path dir, int timeoutMinutes) {
        this.log = log;
        this.dir = dir;
        this.timeoutMinutes = timeoutMinutes;
    }

    int run(List<String> command) throws MojoExecutionException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).start();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start cutover: " + e.getMessage(), e);
        }
        // On a stopped build (Ctrl-C) the child is asked to stop too: its own hooks stop the gateways it started.
        Thread stop = new Thread(p::destroy, "cutover-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            p.getOutputStream().close();
            Thread out = pump(p.getInputStream(), log::info);
            Thread err = pump(p.getErrorStream(), line -> {
                if (line.startsWith("error") || line.contains("internal error")) log.error(line);
                else log.warn(line);
            });
            if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
                throw new MojoExecutionException("cutover did not finish in " + timeoutMinutes + " minutes (timeoutMinutes); stopped");
            }
            out.join(10_000);
            err.join(10_000);
            return p.exitValue();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot talk to cutover: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new MojoExecutionException("interrupted; cutover stopped", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
    }

    private static Thread pump(InputStream in, Consumer<String> sink) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) sink.accept(line);
            } catch (IOException ignored) {
                // the process is gone; what it said is logged
            }
        }, "cutover-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
