package dev.cutover.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Keeps the last lines a process printed, read on a daemon thread so the process never blocks on a full pipe. */
final class LogTail {
    private static final int MAX_LINES = 400;
    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread reader;

    LogTail(InputStream in, String name) {
        reader = new Thread(() -> pump(in), name + "-log");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The lines once the process's output has ended (or {@code ms} passed): a process that exits at once is seen
     * dead before its last words are read, and those are what tell a user why it died.
     */
    List<String> drained(long ms) {
        try {
            reader.join(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lines();
    }

    private void pump(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (lines) {
                    lines.addLast(line);
                    if (lines.size() > MAX_LINES) lines.removeFirst();
                }
            }
        } catch (IOException ignored) {
            // the process ended or was stopped: what was read so far is kept
        }
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
