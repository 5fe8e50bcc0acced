package dev.cutover.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The Node process of gateways/sdk-oracle/index.mjs: one JSON line in, one JSON line out per question.
 * Every wait is bounded: a write to a process that stopped reading happens on its own thread, so a hung
 * runner costs one bound and is then killed, never a hang of the run.
 */
final class NodeRunner implements AutoCloseable {
    private static final String EXITED = "\u0000exited";
    private static final int STDERR_LINES = 20;

    private final Process process;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Deque<String> stderr = new ArrayDeque<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> daemon(r, "cutover-sdk-node-writer"));
    private final JsonNode hello;

    private NodeRunner(Process process, Duration startBound) throws IOException, TimeoutException {
        this.process = process;
        daemon(() -> pump(process.getInputStream(), answers::add, true), "cutover-sdk-node-out").start();
        daemon(() -> pump(process.getErrorStream(), this::keepStderr, false), "cutover-sdk-node-err").start();
        hello = next(startBound);
        if (!hello.path("ready").asBoolean(false)) throw new IOException("runner did not start: " + hello);
    }

    /** Starts {@code node index.mjs <module>} in {@code dir} and waits for its ready line. */
    static NodeRunner start(String node, Path dir, String module, Duration startBound) throws IOException, TimeoutException {
        Process p = new ProcessBuilder(List.of(node, "index.mjs", module)).directory(dir.toFile()).start();
        try {
            return new NodeRunner(p, startBound);
        } catch (IOException | TimeoutException | RuntimeException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    JsonNode hello() {
        return hello;
    }

    /** Sends one question and waits, at most {@code bound}, for the answer with its id. */
    JsonNode ask(String line, long id, Duration bound) throws IOException, TimeoutException {
        long deadline = System.nanoTime() + bound.toNanos();
        OutputStream in = process.getOutputStream();
        writer.execute(() -> {
            try {
                in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            } catch (IOException e) {
                // the process is gone; the reader sees it end and the question fails with its stderr
            }
        });
        while (true) {
            JsonNode a;
            try {
                a = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            } catch (TimeoutException e) {
                throw new TimeoutException("no answer within " + bound.toMillis() + " ms");
            }
            // An answer to an earlier question that timed out arrives late: skip it.
            if (a.path("id").asLong(-1) == id) return a;
        }
    }

    private JsonNode next(Duration bound) throws IOException, TimeoutException {
        String line;
        try {
            line = answers.poll(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        if (line == null) throw new TimeoutException("no answer within " + bound.toMillis() + " ms");
        if (line.equals(EXITED)) {
            answers.add(EXITED);
            throw new IOException("runner exited" + stderrTail());
        }
        return Json.parse(line).orElseThrow(() -> new IOException("runner wrote no JSON: " + SdkVerdict.shorten(line)));
    }

    private void pump(InputStream s, Consumer<String> sink, boolean markEnd) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) sink.accept(l);
        } catch (IOException ignored) {
            // the process was killed
        } finally {
            if (markEnd) answers.add(EXITED);
        }
    }

    private synchronized void keepStderr(String line) {
        stderr.addLast(line);
        if (stderr.size() > STDERR_LINES) stderr.removeFirst();
    }

    /** The last lines Node wrote to stderr, to say why it stopped. */
    synchronized String stderrTail() {
        return stderr.isEmpty() ? "" : ": " + SdkVerdict.shorten(String.join(" / ", stderr));
    }

    /**
     * Ends the process without touching its pipes: a writer thread may be blocked in a write to a runner that
     * stopped reading, holding the pipe's lock. Node has no SIGTERM handler, so the signal ends it at once.
     */
    @Override
    public void close() {
        writer.shutdownNow();
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
