package dev.cutover.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts a gateway as a local process on a port chosen for it, waits until it answers, and stops it and
 * all its children when closed — also when the JVM exits abnormally, through a shutdown hook.
 */
public final class ProcessLauncher {
    private ProcessLauncher() {}

    /**
     * @param readyUrl polled until it answers with a status below 500
     * @param folder   the run's folder ({@code ${run.dir}}): the spec's files are written there first
     */
    public static Launched start(ProcessSpec spec, String readyUrl, RunFolder folder) {
        checkInstalled(spec);
        folder.write(spec.files());
        Running running = new Running(spec, readyUrl);
        try {
            running.begin();
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    private static Process spawn(ProcessSpec spec) {
        ProcessBuilder pb = new ProcessBuilder(spec.command()).directory(spec.dir().toFile()).redirectErrorStream(true);
        pb.environment().putAll(spec.env());
        try {
            return pb.start();
        } catch (IOException e) {
            throw new LaunchException("cannot start " + String.join(" ", spec.command()) + ": " + e.getMessage());
        }
    }

    /** The folder exists and what the spec requires is installed; else how to install it. */
    static void checkInstalled(ProcessSpec spec) {
        if (!Files.isDirectory(spec.dir())) throw new LaunchException("launch folder " + spec.dir() + " does not exist");
        if (spec.requires() != null && !Files.exists(spec.dir().resolve(spec.requires())) && spec.install() != null
                && Install.allowed()) {
            Install.run(spec);
        }
        if (spec.requires() != null && !Files.exists(spec.dir().resolve(spec.requires()))) {
            throw new LaunchException(spec.dir().resolve(spec.requires()) + " is missing"
                    + (spec.install() == null ? "" : "; install it first: (cd " + spec.dir() + " && " + spec.install() + ")"));
        }
    }

    private static void awaitReady(Process p, LogTail log, String url, int timeoutMs) {
        // HTTP/1.1: some gateways never answer the h2c upgrade the JDK client offers by default.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofMillis(500)).build();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new LaunchException("the gateway exited with code " + p.exitValue() + " before it was ready; it printed:\n"
                        + String.join("\n", tail(log.drained(2_000))));
            }
            // One second per try for the whole answer, body included: a readiness path that never ends its body
            // must not hang the start.
            CompletableFuture<HttpResponse<Void>> attempt = client.sendAsync(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding());
            try {
                if (attempt.get(1, TimeUnit.SECONDS).statusCode() < 500) return;
            } catch (ExecutionException | TimeoutException e) {
                attempt.cancel(true); // not listening yet, or not answering
            } catch (InterruptedException e) {
                attempt.cancel(true);
                Thread.currentThread().interrupt();
                throw new LaunchException("interrupted while waiting for " + url);
            }
            sleep(100);
        }
        throw new LaunchException("the gateway did not answer " + url + " within " + timeoutMs + " ms; it printed:\n"
                + String.join("\n", tail(log.lines())));
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 30), lines.size());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Running implements Launched {
        private static final int KEPT_LINES = 400;
        private final ProcessSpec spec;
        private final String readyUrl;
        private final Thread hook;
        /** What earlier processes of this gateway printed, before a restart. */
        private final List<String> earlier = new ArrayList<>();
        private Process process;
        private LogTail log;

        Running(ProcessSpec spec, String readyUrl) {
            this.spec = spec;
            this.readyUrl = readyUrl;
            this.hook = new Thread(this::stop, "cutover-stop-gateway");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        synchronized void begin() {
            process = spawn(spec);
            log = new LogTail(process.getInputStream(), spec.command().get(0));
            awaitReady(process, log, readyUrl, spec.readyTimeoutMs());
        }

        @Override
        public synchronized List<String> log() {
            List<String> all = new ArrayList<>(earlier);
            if (log != null) all.addAll(log.lines());
            return List.copyOf(all.subList(Math.max(0, all.size() - KEPT_LINES), all.size()));
        }

        @Override
        public Optional<String> ended(long graceMs) {
            Process p;
            synchronized (this) {
                p = process;
            }
            try {
                // The client sees the connection close as the process dies; the JDK notices the exit a moment later.
                if (graceMs > 0) p.waitFor(graceMs, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return p.isAlive() ? Optional.empty() : Optional.of("exited with code " + p.exitValue());
        }

        @Override
        public synchronized void restart() {
            String how = ended(0).orElse("was stopped");
            stop();
            List<String> before = log();
            earlier.clear();
            earlier.addAll(before);
            earlier.add("[cutover: the gateway " + how + "; restarting it]");
            begin();
        }

        @Override
        public void close() {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down: the hook is running or ran
            }
        }

        private synchronized void stop() {
            if (process == null) return;
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }
}
