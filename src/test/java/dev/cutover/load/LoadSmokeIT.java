package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutover.load.MetricComparison.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short CI load run: load/smoke.yaml against the embedded mock (baseline) and against real Portkey
 * (candidate), in this JVM through Gatling, and the comparison between them. Reports land in target/self-test-reports/.
 * Benchmarks (steady, spike, soak) are not tests: they are run by hand with {@code cutover load}.
 */
class LoadSmokeIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final Path REPORTS = PROJECT.resolve("target/self-test-reports");

    @Test
    void smokeAgainstTheMockAndPortkeyEndsInAComparison() throws IOException {
        LoadProfile smoke = LoadProfileReader.read(PROJECT.resolve("load/smoke.yaml"));
        LoadRun baseline = LoadRunner.run(PROJECT.resolve("targets/direct-mock.yaml"), smoke, REPORTS);
        Path baselineDir = LoadReport.write(baseline, null, LoadVerdict.of(baseline.metrics(), smoke.thresholds()));
        LoadRun candidate = LoadRunner.run(PROJECT.resolve("targets/portkey-local.yaml"), smoke, REPORTS);
        Baseline base = Baseline.of(baseline.target(), baseline.gateway(), baselineDir.getFileName().toString(),
                baseline.samples(), candidate);
        LoadVerdict verdict = LoadVerdict.of(candidate.metrics(), smoke.thresholds(), base.comparisons());
        Path dir = LoadReport.write(candidate, base, verdict);
        System.out.println("load smoke: " + verdict.decision().label() + " " + verdict.reasons() + " → " + dir);

        for (LoadRun run : List.of(baseline, candidate)) {
            LoadMetrics m = run.metrics();
            assertTrue(m.requests() >= 30, run.target() + ": " + m.requests() + " requests");
            assertEquals(0, m.failed(), run.target() + ": " + m.errorsByReason());
            for (Metric metric : Metric.values()) {
                assertTrue(m.latency().get(metric).count() > 0, run.target() + " has no " + metric);
            }
            // The scripted provider answers 24 words after 50 ms at 5 ms a token: nothing can be faster.
            assertTrue(m.latency().get(Metric.TTFT).p50() >= 50, run.target() + " TTFT below the provider's");
            assertTrue(m.latency().get(Metric.E2E).min() >= 50 + 23 * 5, run.target() + " e2e below the provider's");
        }
        assertEquals(6, base.comparisons().size());
        assertTrue(base.comparisons().stream().noneMatch(c -> c.outcome() == Outcome.NO_DATA), base.comparisons().toString());

        JsonNode json = new ObjectMapper().readTree(dir.resolve(LoadReport.JSON).toFile());
        for (String metric : List.of("ttft", "itl", "tpot", "e2e")) {
            for (String p : List.of("p50", "p90", "p95", "p99")) {
                assertTrue(json.at("/metrics/latency/" + metric + "/" + p).isNumber(), metric + " " + p + " in load.json");
            }
        }
        assertEquals("direct-mock", json.at("/baseline/target").asText());
        // Portkey's upstream is the embedded mock: the run carries the mock's own account of its timing.
        assertTrue(candidate.mockTiming() != null && candidate.mockTiming().parts() > 0, String.valueOf(candidate.mockTiming()));
        assertEquals(candidate.mockTiming().parts(), json.at("/mockTiming/parts").asLong());
        assertEquals(verdict.decision().label(), json.at("/verdict/decision").asText());
        String html = Files.readString(dir.resolve(LoadReport.HTML));
        assertTrue(html.contains("TTFT") && html.contains("inter-token latency") && html.contains("TPOT") && html.contains("<svg"));
        assertTrue(Files.isRegularFile(dir.resolve("gatling/index.html")), "Gatling's own report beside ours");
        assertTrue(Files.isRegularFile(dir.resolve("samples.jsonl")));
    }

    @Test
    void theRequestCapStopsTheRunByItself() throws IOException {
        Path profile = Files.createTempFile("capped", ".yaml");
        // The cap is reached after 0.6 s of a 60 s stage. The measured time includes opening the rig and starting
        // Gatling, which take seconds on a busy machine; a stage this long keeps them far from the bound.
        Files.writeString(profile, """
                name: capped
                arrival: [{rate: 20, seconds: 60}]
                streaming: 0.5
                completion: {words: 4}
                limits: {seconds: 90, requests: 12}
                """);
        long start = System.nanoTime();
        LoadRun run = LoadRunner.run(PROJECT.resolve("targets/direct-mock.yaml"), LoadProfileReader.read(profile), REPORTS);
        double seconds = (System.nanoTime() - start) / 1e9;
        LoadReport.write(run, null, LoadVerdict.of(run.metrics(), run.profile().thresholds()));
        assertEquals(12, run.samples().size());
        assertEquals("request cap of 12 reached", run.stopReason());
        assertTrue(seconds < 60, "stopped at the cap, not after the 60 s stage: " + seconds + " s");
    }
}
