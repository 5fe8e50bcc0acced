package dev.cutover.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a gateway's start: makes its run folder, checks its install, and runs the profile's setup step,
 * whose {@code NAME=value} lines become {@code ${setup.NAME}}. A setup that cannot start, exits non-zero or
 * outlives its timeout is a {@link LaunchException} carrying what it printed with its values masked; whatever
 * it started is stopped then, so a failed setup leaves nothing running.
 */
public final class SetupStep {
    /** A name as the profile writes it in ${setup.NAME}. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ASSIGNMENT = Pattern.compile("(" + NAME.pattern() + ")=(.*)");
    private static final int MAX_LINES = 10_000;
    private static final int MAX_LINE_CHARS = 64 * 1024;
    /** Shorter values are not masked, as in every other output (they would mask every "1" or "ok"). */
    private static final int MIN_SECRET = 4;

    private SetupStep() {}

    /**
     * For a process or container launch: the run folder made, the process's install checked, the setup run.
     *
     * @return what the setup printed, by name (empty without a setup step or a local launch)
     */
    public static Map<String, String> prepare(LaunchSpec spec, RunFolder folder) {
        SetupSpec setup;
        if (spec instanceof ProcessSpec p) {
            ProcessLauncher.checkInstalled(p);
            setup = p.setup();
        } else if (spec instanceof ContainerSpec c) {
            ContainerLauncher.checkDocker(c);
            setup = c.setup();
        } else {
            return Map.of();
        }
        folder.create();
        return setup == null ? Map.of() : run(setup);
    }

    /** Runs the step; its values by name (the last line wins for a name printed twice). */
    public static Map<String, String> run(SetupSpec spec) {
        if (!Files.isDirectory(spec.dir())) throw new LaunchException("setup folder " + spec.dir() + " does not exist");
        // Only the program is ever named in a message: its arguments may hold resolved secrets.
        String program = spec.command().get(0);
        Process p;
        try {
            p = new ProcessBuilder(spec.command()).directory(spec.dir().toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close(); // no input: a setup that asks for some gets end-of-file, not a hang
        } catch (IOException e) {
            throw new LaunchException("cannot start the setup step " + program + ": " + e.getMessage());
        }
        Output out = new Output(p.getInputStream());
        Set<ProcessHandle> spawned = new HashSet<>();
        boolean finished = waitFor(p, spec.timeoutMs(), spawned);
        if (!finished) stop(p, spawned);
        List<String> lines = out.lines(finished ? 2_000 : 500);
        Map<String, String> values = values(lines);
        if (!finished) {
            throw new LaunchException("the setup step " + program + " did not finish within " + spec.timeoutMs()
                    + " ms and was stopped; it printed:\n" + masked(lines, values));
        }
        if (p.exitValue() != 0) {
            stop(p, spawned);
            throw new LaunchException("the setup step " + program + " exited with code " + p.exitValue()
                    + "; it printed:\n" + masked(lines, values));
        }
        return values;
    }

    static Map<String, String> values(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = ASSIGNMENT.matcher(line);
            if (m.matches()) out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /** The last lines, every value the step printed replaced by ***, whatever its name. */
    static String masked(List<String> lines, Map<String, String> values) {
        List<String> secrets = values.values().stream().filter(v -> v.length() >= MIN_SECRET)
                .sorted((a, b) -> b.length() - a.length()).toList();
        List<String> tail = lines.subList(Math.max(0, lines.size() - 30), lines.size());
        List<String> out = new ArrayList<>();
        for (String line : tail) {
            String l = line;
            for (String s : secrets) l = l.replace(s, "***");
            out.add(l);
        }
        return out.isEmpty() ? "(nothing)" : String.join("\n", out);
    }

    /** Waits, noting the step's children as it goes: once it has exited they are no longer its descendants. */
    private static boolean waitFor(Process p, int timeoutMs, Set<ProcessHandle> spawned) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        try {
            while (System.nanoTime() < deadline) {
                p.descendants().forEach(spawned::add);
                if (p.waitFor(Math.min(100, Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))),
                        TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void stop(Process p, Set<ProcessHandle> spawned) {
        p.descendants().forEach(spawned::add);
        p.destroyForcibly();
        spawned.forEach(ProcessHandle::destroyForcibly);
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the step printed, bounded in lines and line length, read on a daemon thread so it never blocks. */
    private static final class Output {
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;

        Output(InputStream in) {
            reader = new Thread(() -> pump(in), "cutover-setup-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void pump(InputStream in) {
            try (Reader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                StringBuilder line = new StringBuilder();
                int c;
                while ((c = r.read()) != -1) {
                    if (c == '\n') {
                        add(line);
                        line.setLength(0);
                    } else if (line.length() < MAX_LINE_CHARS) {
                        line.append((char) c);
                    }
                }
                if (line.length() > 0) add(line);
            } catch (IOException ignored) {
                // the step ended or was stopped: what was read so far is kept
            }
        }

        private synchronized void add(StringBuilder line) {
            int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
            if (lines.size() < MAX_LINES) lines.add(line.substring(0, end));
        }

        /** The lines read once the output ends, or after {@code graceMs} if a child still holds it open. */
        List<String> lines(long graceMs) {
            try {
                reader.join(graceMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                return List.copyOf(lines);
            }
        }
    }
}
