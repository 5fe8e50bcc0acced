package dev.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-files corpus (src/test/resources/hostile/, one folder per kind of file, expectations in
 * expected.tsv) run through the real command line, every command that reads that kind of file: each must exit
 * 2 with the message the table gives after the file's name (its line, field and reason), print no stack trace,
 * never exit 3, and finish within {@link #BOUND_SECONDS} — generous for a busy CI machine; the point is that
 * nothing hangs. Oversized files, a pipe and a file of 250,000 values are made here rather than checked in.
 */
class HostileFilesTest {
    static final Path CORPUS = Path.of("src/test/resources/hostile");
    static final int BOUND_SECONDS = 20;
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s*at [A-Za-z_$][\\w$]*(\\.[\\w$<>]+)+\\(|Exception in thread|internal error"
                    + "|\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*(Exception|Error)\\b");

    @TempDir
    Path dir;

    /** One file, what every command must say after its name, and how it went. */
    record Case(String kind, Path file, String expected) {}

    @Test
    void everyHostileFileExitsTwoNamingFileAndLineWithoutStackTraceOrHang() throws Exception {
        List<Case> cases = new ArrayList<>(table());
        cases.addAll(generated());
        Map<String, Integer> perKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int commands = 0;
        int withLine = 0;
        int clean = 0;
        int internal = 0;
        int hangs = 0;
        for (Case c : cases) {
            perKind.merge(c.kind(), 1, Integer::sum);
            boolean ok = true;
            for (List<String> command : commands(c)) {
                commands++;
                Result r = run(command);
                String label = c.file().getFileName() + " [" + String.join(" ", command.subList(0, Math.min(2, command.size()))) + "]";
                if (r.hung()) {
                    hangs++;
                    failures.add(label + ": no answer within " + BOUND_SECONDS + " s");
                    ok = false;
                    break;
                }
                if (r.code() == Main.INTERNAL) internal++;
                String problem = r.code() != Main.BAD_INPUT ? "exit " + r.code() + " instead of 2"
                        : !r.out().contains(c.file().getFileName() + c.expected()) ? "message lacks '" + c.file().getFileName() + c.expected() + "'"
                        : STACK_TRACE.matcher(r.out()).find() ? "a stack trace or internal error" : null;
                if (problem != null) {
                    failures.add(label + ": " + problem + "\n" + indent(r.out()));
                    ok = false;
                    break; // a file lint passes is not handed to commands that would run real load
                }
            }
            if (ok) {
                clean++;
                if (c.expected().matches(":\\d+:.*")) withLine++;
            }
        }
        System.out.printf("hostile files: %d tried (%s) in %d commands; %d exit 2 as expected (%d with file:line, %d with file "
                + "and reason only); exit 3: %d; hangs: %d%n", cases.size(), perKind, commands, clean, withLine, clean - withLine,
                internal, hangs);
        assertTrue(failures.isEmpty(), failures.size() + " hostile files not refused as they should be:\n" + String.join("\n", failures));
    }

    /** The commands that read a file of this kind; lint first, so that a file it passes runs nothing heavier. */
    private List<List<String>> commands(Case c) {
        String f = c.file().toString();
        String reports = dir.resolve("reports").toString();
        String mock = "targets/direct-mock.yaml";
        return switch (c.kind()) {
            case "scenarios" -> List.of(List.of("lint", f),
                    List.of("run", "--quiet", "--reports", reports, "--target", mock, f),
                    List.of("compare", "--quiet", "--reports", reports, "--baseline", mock, "--candidate", mock, f));
            case "targets" -> List.of(List.of("lint", f),
                    List.of("run", "--quiet", "--reports", reports, "--target", f, "scenarios/models"),
                    List.of("compare", "--quiet", "--reports", reports, "--baseline", f, "--candidate", mock, "scenarios/models"),
                    List.of("load", "--reports", reports, "--target", f, "--profile", "load/smoke.yaml"));
            case "plans" -> List.of(List.of("lint", f),
                    List.of("compare", "--quiet", "--reports", reports, "--plan", f),
                    List.of("load", "--reports", reports, "--plan", f));
            case "load" -> List.of(List.of("lint", f), List.of("load", "--reports", reports, "--profile", f));
            case "litellm" -> List.of(List.of("import", "litellm-config", f, "--out", dir.resolve("imported").toString()));
            default -> throw new IllegalArgumentException("no commands for kind " + c.kind());
        };
    }

    /** expected.tsv: path under the corpus, a tab, what follows the file's name in the message. */
    private static List<Case> table() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", 2);
            out.add(new Case(cols[0].substring(0, cols[0].indexOf('/')), CORPUS.resolve(cols[0]), cols[1]));
        }
        try (var files = Files.walk(CORPUS)) {
            long onDisk = files.filter(p -> p.toString().endsWith(".yaml")).count();
            assertTrue(onDisk == out.size(), onDisk + " corpus files but " + out.size() + " rows in expected.tsv");
        }
        return out;
    }

    /** Cases too big (or too odd) to check in: made fresh in the temporary folder. */
    private List<Case> generated() throws IOException, InterruptedException {
        List<Case> out = new ArrayList<>();
        String padding = "# padding\n".repeat(110_000); // 1,100,000 bytes
        for (String kind : List.of("scenarios", "targets", "plans", "load", "litellm")) {
            Path f = Files.createDirectories(dir.resolve(kind)).resolve("oversized-" + kind + ".yaml");
            Files.writeString(f, "name: big\n" + padding);
            out.add(new Case(kind, f, ": larger than 1 MiB (1048576 bytes)"));
        }
        Path many = dir.resolve("litellm/many-values.yaml");
        Files.writeString(many, "model_list: []\nrouter_settings:\n  hosts: [" + "h,".repeat(250_000) + "h]\n");
        out.add(new Case("litellm", many, ":3: router_settings.hosts[199996]: more than 200000 values"));
        // A pipe nobody writes to: reading it would block for ever.
        Path fifo = dir.resolve("targets/fifo.yaml");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            out.add(new Case("targets", fifo, ": not a regular file"));
        }
        return out;
    }

    record Result(int code, String out, boolean hung) {}

    /** Main.run in-process, as CliRun does, but on its own thread so that a hang is seen and left behind. */
    private static Result run(List<String> args) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-file");
            t.setDaemon(true);
            return t;
        });
        System.setOut(capture);
        System.setErr(capture);
        try {
            Future<Integer> code = one.submit(() -> Main.run(args.toArray(String[]::new)));
            try {
                return new Result(code.get(BOUND_SECONDS, TimeUnit.SECONDS), buf.toString(StandardCharsets.UTF_8), false);
            } catch (TimeoutException e) {
                code.cancel(true);
                return new Result(-1, buf.toString(StandardCharsets.UTF_8), true);
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            one.shutdownNow();
        }
    }

    private static String indent(String text) {
        String t = text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
        return "    " + t.strip().replace("\n", "\n    ");
    }
}
