package dev.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cutover load --plan} end to end: a plan's load profile (smoke, 6 s) against its baseline (the
 * embedded mock called directly), then its candidate (real Portkey), and the plan's thresholds in the
 * verdict. About 25 s.
 */
class LoadPlanIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));

    @TempDir
    Path reports;

    @Test
    void aPlansTightTtftBudgetIsANoGoReasonAndItsLooseLimitsAreNot() throws IOException {
        Path plan = PROJECT.resolve("src/test/resources/plans/direct-to-portkey-tight-ttft.yaml");
        CliRun r = CliRun.of("load", "--plan", plan.toString(), "--reports", reports.toString());
        String out = r.out();

        assertEquals(1, r.code(), out);
        assertTrue(out.contains("cutover load: plan direct-to-portkey-tight-ttft"), out);
        assertTrue(out.contains("baseline profile smoke against ") && out.contains("direct-mock.yaml"), out);
        assertTrue(out.contains("candidate profile smoke against ") && out.contains("portkey-local.yaml"), out);
        assertTrue(out.contains("verdict: NO-GO"), out);
        Matcher ttft = Pattern.compile("reason: TTFT p95 rose (\\d+\\.\\d) ms \\(baseline [\\d.]+ ms, candidate [\\d.]+ ms\\); "
                + "the plan's ttftP95IncreaseMs allows 0.001 ms").matcher(out);
        assertTrue(ttft.find(), out);
        // Portkey's 25 ms hold of the first event lands on TTFT; well under it would mean the hold was not measured.
        assertTrue(Double.parseDouble(ttft.group(1)) >= 10, "TTFT p95 rose only " + ttft.group(1) + " ms");
        for (String loose : List.of("latencyP95IncreaseMs", "errorRateMax", "throughputDecreasePct")) {
            assertTrue(!out.contains("the plan's " + loose), loose + " is loose enough to hold: " + out);
        }

        Matcher report = Pattern.compile("^report: (.+)$", Pattern.MULTILINE).matcher(out);
        assertTrue(report.find(), out);
        JsonNode json = new ObjectMapper().readTree(Path.of(report.group(1).strip()).resolveSibling("load.json").toFile());
        assertEquals("NO-GO", json.at("/verdict/decision").asText());
        assertEquals("direct-mock", json.at("/baseline/target").asText());
        List<String> reasons = new ArrayList<>();
        json.at("/verdict/reasons").forEach(n -> reasons.add(n.asText()));
        assertTrue(reasons.get(0).startsWith("TTFT p95 rose ") && reasons.get(0).endsWith("allows 0.001 ms"), reasons.toString());
    }
}
