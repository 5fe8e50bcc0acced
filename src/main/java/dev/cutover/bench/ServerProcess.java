package dev.cutover.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link ServerMain} in a fresh JVM started with this JVM's own options (collector, heap cap), so that the servers
 * compared start equal and cold. Closing it closes the child's standard input, which ends it; a child that
 * lingers is killed.
 */
final class ServerProcess implements AutoCloseable {
    private static final int START_SECONDS = 60;

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code ServerMain args…} and waits until it says it listens. */
    static ServerProcess start(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerMain.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("port ")) return line;
                    seen.append(line).append('\n');
                }
            } catch (IOException ignored) {
                // The child died; reported below with what it printed.
            }
            return seen.toString();
        });
        try {
            String line = first.get(START_SECONDS, TimeUnit.SECONDS);
            if (!line.startsWith("port ")) throw new IOException("bench server " + args[0] + " ended before listening:\n" + line);
            drain(out);
            return new ServerProcess(p, Integer.parseInt(line.substring(5).trim()));
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IOException("bench server " + args[0] + " did not listen within " + START_SECONDS + " s", e);
        }
    }

    /** Keeps reading the child's output so that it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        Thread t = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // Discarded: the servers print nothing that matters after they listen.
                }
            } catch (IOException ignored) {
                // The child ended.
            }
        }, "bench-server-output");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
