package dev.cutover.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cutover against a gateway that misbehaves in every way {@link Mode} lists, run as a user runs it (its own
 * JVM): every mode ends within the scenario's deadline, the run is never aborted (exit 1, never 3), a report
 * is written with a row per mode, memory stays under a stated bound, nothing follows a redirect to another
 * server, and the key appears nowhere in any form. The figures are printed for the record.
 */
class HostileGatewayIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final String KEY = "sk-hostile-4f1c2b9e7d3a6e5f";
    /** Per exchange: every stalled or endless mode ends here. */
    private static final int DEADLINE_MS = 2_000;
    /** Resident memory the whole run may reach, whatever the gateway sends (the launcher's heap cap is far below). */
    private static final long RSS_BOUND_MB = 1024;
    private static final String BURST = "hostile-silence-burst";
    private static final Set<Mode> STREAMS = EnumSet.of(Mode.STALL_MID_STREAM, Mode.ENDLESS_FAST_STREAM,
            Mode.ENDLESS_SLOW_STREAM, Mode.HUGE_SSE_LINE, Mode.RESET_MID_STREAM, Mode.ECHO_KEY_STREAM);

    @TempDir
    static Path dir;
    private static HostileServer elsewhere;
    private static HostileServer hostile;

    @BeforeAll
    static void start() throws IOException {
        elsewhere = new HostileServer(null);
        hostile = new HostileServer(elsewhere.baseUrl());
        Files.createDirectories(dir.resolve("catalog/hostile"));
        for (Mode m : Mode.values()) Files.writeString(dir.resolve("catalog/hostile").resolve(id(m) + ".yaml"), scenario(m));
        // A burst against a gateway that never answers: it waited a timeout per request, up to 1,000 of them.
        Files.writeString(dir.resolve("catalog/hostile/" + BURST + ".yaml"), scenario(Mode.SILENCE).replace(id(Mode.SILENCE), BURST)
                .replace("  timeout_ms:", "  repeat: {max: 1000, until_status: 429}\n  timeout_ms:"));
        Files.writeString(dir.resolve("hostile.yaml"), """
                name: hostile
                gateway: generic
                baseUrl: ${env:HOSTILE_URL}/v1
                api: openai
                auth: {header: Authorization, scheme: Bearer, key: "${env:HOSTILE_KEY}"}
                models: {chat: gpt-4o-mini}
                upstream: real
                features: [chat, streaming]
                """);
    }

    @AfterAll
    static void stop() throws IOException {
        hostile.close();
        elsewhere.close();
    }

    @Test
    void aRunAgainstAMisbehavingGatewayEndsBoundedReportedAndLeaksNothing() throws Exception {
        Path reports = dir.resolve("run-reports");
        int modes = Mode.values().length + 1; // and the burst
        long limit = (long) modes * (DEADLINE_MS + 3_000) + 60_000;
        Subprocess run = Subprocess.run(PROJECT, env(), limit, "run", "--target", dir.resolve("hostile.yaml").toString(),
                dir.resolve("catalog").toString(), "--reports", reports.toString());
        JsonNode report = Json.MAPPER.readTree(onlyReport(reports).resolve("report.json").toFile());
        List<String> passed = new ArrayList<>();
        for (JsonNode o : report.path("outcomes")) if (o.path("status").asText().equals("PASSED")) passed.add(o.path("id").asText());
        List<String> leaks = leaks(run.output(), reports);
        System.out.printf(Locale.ROOT, "hostile gateway: %d modes, run %s in %.1f s (exit %d), peak RSS %d MB (bound %d MB), "
                        + "%d requests reached the server behind the redirects, key found in %d places%n", modes,
                run.killed() ? "KILLED" : "ended", run.wallMs() / 1000.0, run.exit(), run.peakRssMb(), RSS_BOUND_MB,
                elsewhere.received().size(), leaks.size());
        assertFalse(run.killed(), "the run hung past " + limit + " ms:\n" + tail(run.output()));
        assertEquals(1, run.exit(), "failures, not an abort:\n" + tail(run.output()));
        assertFalse(run.output().contains("internal error") || run.output().contains("Exception in thread"), tail(run.output()));
        assertEquals(modes, report.path("outcomes").size(), "a row per mode");
        assertEquals(List.of(), passed, "no broken exchange may pass");
        assertTrue(run.peakRssMb() < RSS_BOUND_MB, "peak RSS " + run.peakRssMb() + " MB");
        assertEquals(List.of(), elsewhere.received(), "no redirect was followed, no key went elsewhere");
        assertEquals(List.of(), leaks, "the key, in any form");
    }

    @Test
    void aCompareWithAMisbehavingCandidateGivesAVerdictNotACrash() throws Exception {
        Path reports = dir.resolve("compare-reports");
        long limit = (long) (Mode.values().length + 1) * (DEADLINE_MS + 3_000) + 90_000;
        Subprocess compare = Subprocess.run(PROJECT, env(), limit, "compare", "--baseline",
                PROJECT.resolve("targets/direct-mock.yaml").toString(), "--candidate", dir.resolve("hostile.yaml").toString(),
                dir.resolve("catalog").toString(), "--reports", reports.toString());
        System.out.printf(Locale.ROOT, "hostile candidate: compare %s in %.1f s (exit %d), peak RSS %d MB%n",
                compare.killed() ? "KILLED" : "ended", compare.wallMs() / 1000.0, compare.exit(), compare.peakRssMb());
        assertFalse(compare.killed(), tail(compare.output()));
        assertEquals(1, compare.exit(), "NO-GO, not an abort:\n" + tail(compare.output()));
        assertTrue(compare.output().contains("NO-GO"), tail(compare.output()));
        assertTrue(Files.exists(onlyReport(reports).resolve("report.json")));
        assertTrue(compare.peakRssMb() < RSS_BOUND_MB, "peak RSS " + compare.peakRssMb() + " MB");
        assertEquals(List.of(), leaks(compare.output(), reports), "the key, in any form");
    }

    /** A gateway that accepts and never answers anything, the preflight's model listing included. */
    @Test
    void aSilentGatewayDoesNotHangThePreflight() throws Exception {
        try (HostileServer silent = new HostileServer(null, Mode.SILENCE)) {
            Path reports = dir.resolve("silent-reports");
            Subprocess run = Subprocess.run(PROJECT, Map.of("HOSTILE_URL", silent.baseUrl(), "HOSTILE_KEY", KEY), 120_000,
                    "run", "--target", dir.resolve("hostile.yaml").toString(),
                    dir.resolve("catalog/hostile/" + id(Mode.SILENCE) + ".yaml").toString(), "--reports", reports.toString());
            System.out.printf(Locale.ROOT, "silent gateway: run %s in %.1f s (exit %d)%n", run.killed() ? "KILLED" : "ended",
                    run.wallMs() / 1000.0, run.exit());
            assertFalse(run.killed(), tail(run.output()));
            assertEquals(1, run.exit(), tail(run.output()));
            assertTrue(Files.exists(onlyReport(reports).resolve("report.json")));
        }
    }

    private static Map<String, String> env() {
        return Map.of("HOSTILE_URL", hostile.baseUrl(), "HOSTILE_KEY", KEY);
    }

    private static String id(Mode m) {
        return "hostile-" + m.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String scenario(Mode m) {
        boolean stream = STREAMS.contains(m);
        return "id: " + id(m) + "\n"
                + "title: \"A gateway that misbehaves: " + m.name() + "\"\n"
                + "features: [chat" + (stream ? ", streaming" : "") + "]\n"
                + "level: core\nseverity: blocker\n"
                + "request:\n  endpoint: chat.completions\n  timeout_ms: " + DEADLINE_MS + "\n"
                + "  headers: {" + HostileServer.MODE_HEADER + ": " + m.name() + "}\n"
                + "  body: {model: \"${model.chat}\", stream: " + stream + ", messages: [{role: user, content: Hi}]}\n"
                + "expect:\n  status: 200\n"
                + (stream ? "  stream: {ends_with_done: true, well_formed: true, every_chunk: {schema: chat.completion.chunk}}\n"
                        : "  schema: chat.completion\n");
    }

    private static Path onlyReport(Path reports) throws IOException {
        try (Stream<Path> s = Files.list(reports)) {
            List<Path> dirs = s.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            assertEquals(1, dirs.size(), "one report folder: " + dirs);
            return dirs.get(0);
        }
    }

    /** Every place the key shows, as written or in the forms the server echoed it in. */
    private static List<String> leaks(String output, Path reports) throws IOException {
        List<String> forms = new ArrayList<>(List.of(KEY, URLEncoder.encode(KEY, StandardCharsets.UTF_8),
                Base64.getEncoder().encodeToString(("user:" + KEY).getBytes(StandardCharsets.UTF_8))));
        StringBuilder escaped = new StringBuilder();
        for (char c : KEY.toCharArray()) escaped.append(String.format("\\u%04x", (int) c));
        forms.add(escaped.toString());
        List<String> found = new ArrayList<>();
        for (String f : forms) if (output.contains(f)) found.add("output: " + f);
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                for (String f : forms) if (text.contains(f)) found.add(reports.relativize(file) + ": " + f);
            }
        }
        return found;
    }

    private static String tail(String s) {
        return s.length() > 4000 ? "…" + s.substring(s.length() - 4000) : s;
    }
}
