package dev.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.hostile.Subprocess;
import dev.cutover.wire.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging set-up, run here: `cutover mock` started on its own (its own JVM, an admin key), real Portkey
 * routed to it, and a profile naming it (targets/portkey-standalone-mock.yaml). The whole scripted catalog is
 * scripted over the admin API and must end exactly as it does with the run's own mock; a gateway routed
 * elsewhere gets one diagnosis within seconds, and a wrong admin key a clear exit 2.
 */
class StandaloneMockIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final String ADMIN_KEY = "adm-" + Long.toHexString(System.nanoTime()) + "-standalone";
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    @TempDir
    static Path dir;
    private static Process mock;
    private static String mockUrl;

    @BeforeAll
    static void startMock() throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", PROJECT.resolve("cutover").toString(), "mock", "--port", "0",
                "--admin-key-env", "ADMIN", "--seconds", "600").directory(PROJECT.toFile()).redirectErrorStream(true);
        pb.environment().put("ADMIN", ADMIN_KEY);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        mock = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                mockUrl = m.group(1);
                break;
            }
        }
        assertTrue(mockUrl != null, "the standalone mock printed where it listens");
    }

    @AfterAll
    static void stopMock() throws InterruptedException {
        mock.destroy();
        mock.waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void theScriptedCatalogThroughPortkeyEndsAsWithTheRunsOwnMock() throws Exception {
        Subprocess standalone = Subprocess.run(PROJECT, env(ADMIN_KEY), 300_000, "run", "--target",
                "targets/portkey-standalone-mock.yaml", "--reports", dir.resolve("standalone").toString());
        Subprocess embedded = Subprocess.run(PROJECT, Map.of(), 300_000, "run", "--target", "targets/portkey-local.yaml",
                "--reports", dir.resolve("embedded").toString());
        System.out.println("standalone mock: " + last(standalone.output()) + " | run's own mock: " + last(embedded.output()));
        assertEquals(0, standalone.exit(), standalone.output());
        assertEquals(0, embedded.exit(), embedded.output());
        assertEquals(statuses(dir.resolve("embedded")), statuses(dir.resolve("standalone")));
    }

    @Test
    void aGatewayRoutedElsewhereGetsOneDiagnosisWithinSeconds() throws Exception {
        Path misrouted = dir.resolve("misrouted.yaml");
        Files.writeString(misrouted, Files.readString(PROJECT.resolve("targets/portkey-standalone-mock.yaml"))
                .replace("x-portkey-custom-host: ${mock.url}/v1", "x-portkey-custom-host: http://127.0.0.1:1/v1")
                .replace("dir: ../gateways/portkey", "dir: " + PROJECT.resolve("gateways/portkey").toAbsolutePath())
                .replace("knownDifferences: portkey-local.known.yaml", ""));
        Subprocess run = Subprocess.run(PROJECT, env(ADMIN_KEY), 120_000, "run", "--target", misrouted.toString(),
                "--reports", dir.resolve("misrouted").toString());
        System.out.printf("misrouted gateway: exit %d in %.1f s%n", run.exit(), run.wallMs() / 1000.0);
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("nothing reached cutover's mock at " + mockUrl), run.output());
    }

    @Test
    void aWrongAdminKeyIsABadInputNotARun() throws Exception {
        Subprocess run = Subprocess.run(PROJECT, env("not-the-admin-key"), 120_000, "run", "--target",
                "targets/portkey-standalone-mock.yaml", "--reports", dir.resolve("wrong-key").toString());
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("the admin key is missing or wrong"), run.output());
        assertFalse(run.output().contains("not-the-admin-key"), "the key is never printed");
    }

    private static Map<String, String> env(String adminKey) {
        return Map.of("CUTOVER_MOCK_URL", mockUrl, "CUTOVER_MOCK_ADMIN_KEY", adminKey);
    }

    /** Scenario id → status, from the one report under a folder. */
    private static Map<String, String> statuses(Path reports) throws IOException {
        try (Stream<Path> s = Files.list(reports)) {
            Path report = s.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
            JsonNode json = Json.MAPPER.readTree(report.resolve("report.json").toFile());
            Map<String, String> out = new TreeMap<>();
            json.path("outcomes").forEach(o -> out.put(o.path("id").asText(), o.path("status").asText()));
            return out;
        }
    }

    private static String last(String output) {
        String[] lines = output.strip().split("\n");
        return lines.length < 2 ? output : lines[lines.length - 2];
    }
}
