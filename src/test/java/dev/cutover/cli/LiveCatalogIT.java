package dev.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staging for real, run here: real Portkey (targets/portkey-live.yaml, upstream: real) in front of a provider that
 * cutover does not script — `cutover mock --model-like` started on its own JVM, no admin API used, answers varying as
 * a model's do. The catalog's live checks must hold for that output through a real gateway, at least 80 % of the
 * applicable scenarios must run with a check that can fail, the rest must say why they did not, and the bill and the
 * request cap must be real.
 */
class LiveCatalogIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    @TempDir
    static Path dir;
    private static Process provider;
    private static String providerUrl;

    @BeforeAll
    static void startProvider() throws IOException {
        // No warm-up: a catalog run sends a few hundred requests, and StandaloneMockIT starts the mock the default way.
        ProcessBuilder pb = new ProcessBuilder("bash", PROJECT.resolve("cutover").toString(), "mock", "--model-like",
                "--warm-up-seconds", "0", "--port", "0", "--seconds", "600").directory(PROJECT.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        provider = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(provider.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                providerUrl = m.group(1);
                break;
            }
        }
        assertTrue(providerUrl != null, "the stand-in provider printed where it listens");
    }

    @AfterAll
    static void stopProvider() throws InterruptedException {
        provider.destroy();
        provider.waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void theLiveCatalogThroughPortkeyRunsWithChecksAndABill() throws Exception {
        Subprocess run = Subprocess.run(PROJECT, env(), 300_000, "run", "--target", "targets/portkey-live.yaml",
                "--reports", dir.resolve("live").toString());
        System.out.println("portkey-live: " + run.output().lines().filter(l -> l.startsWith("coverage") || l.startsWith("bill"))
                .toList());
        assertEquals(0, run.exit(), run.output());
        JsonNode report = report(dir.resolve("live"));

        assertTrue(report.at("/coverage/share").asDouble() >= 0.8, "at least 80 % ran: " + report.at("/coverage/summary"));
        List<String> hollow = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (JsonNode o : report.path("outcomes")) {
            String status = o.path("status").asText();
            if (status.equals("NOT_SUPPORTED") && o.path("reason").asText().isBlank()) unexplained.add(o.path("id").asText());
            if (status.equals("PASSED") || status.equals("KNOWN_DIFFERENCE")) {
                boolean checked = false;
                for (JsonNode step : o.path("steps")) checked |= step.path("checks").size() > 0;
                if (!checked) hollow.add(o.path("id").asText());
            }
        }
        assertEquals(List.of(), hollow, "every scenario that ran checked something");
        assertEquals(List.of(), unexplained, "every scenario that did not run says why");

        JsonNode bill = report.path("bill");
        assertTrue(bill.path("realUpstream").asBoolean(), bill.toString());
        assertTrue(bill.path("requests").asInt() > 0 && bill.path("requests").asInt() <= bill.path("maxRequests").asInt(),
                bill.toString());
        assertTrue(bill.path("promptTokens").asLong() > 0 && bill.path("completionTokens").asLong() > 0, bill.toString());
        assertTrue(run.output().contains("bill: "), run.output());
    }

    @Test
    void theRequestCapStopsTheRunAndTheVerdictSaysSo() throws Exception {
        Subprocess run = Subprocess.run(PROJECT, env(), 300_000, "run", "--target", "targets/portkey-live.yaml",
                "--max-requests", "12", "--reports", dir.resolve("capped").toString());
        // Too little ran for a verdict: INCONCLUSIVE, never a pass.
        assertEquals(4, run.exit(), run.output());
        JsonNode report = report(dir.resolve("capped"));
        JsonNode bill = report.path("bill");
        assertTrue(bill.path("requests").asInt() <= 12, "the cap holds: " + bill);
        assertEquals(12, bill.path("maxRequests").asInt());
        assertTrue(bill.path("notRun").asInt() > 0, bill.toString());
        assertTrue(run.output().contains("not run for the cap"), run.output());
        assertTrue(report.at("/coverage/notRun").toString().contains("the request cap is reached"), report.at("/coverage").toString());
        assertTrue(report.at("/counts/PASSED").asInt() > 0, "the scenarios under the cap still ran: " + report.at("/counts"));
    }

    private static Map<String, String> env() {
        return Map.of("CUTOVER_PROVIDER_URL", providerUrl + "/v1");
    }

    private static JsonNode report(Path reports) throws IOException {
        try (Stream<Path> s = Files.list(reports)) {
            Path folder = s.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
            return Json.MAPPER.readTree(folder.resolve("report.json").toFile());
        }
    }
}
