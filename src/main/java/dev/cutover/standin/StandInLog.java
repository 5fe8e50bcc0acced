package dev.cutover.standin;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last lines a stand-in logged (bounded), shown in the report like a real gateway's output. */
final class StandInLog {
    private static final int MAX_LINES = 400;
    private final String name;
    private final Deque<String> lines = new ArrayDeque<>();

    StandInLog(String name) {
        this.name = name;
    }

    void add(String line) {
        synchronized (lines) {
            lines.addLast(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " [" + name + "] " + line);
            if (lines.size() > MAX_LINES) lines.removeFirst();
        }
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
