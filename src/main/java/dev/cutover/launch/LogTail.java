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

    LogTail(InputStream in, String name) {
        Thread t = new Thread(() -> pump(in), name + "-log");
        t.setDaemon(true);
        t.start();
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
