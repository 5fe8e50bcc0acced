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

        assertTrue(out.contains("cutover load: plan direct-to-portkey-tight-ttft"), out);
        assertTrue(out.contains("baseline profile smoke against ") && out.contains("direct-mock.yaml"), out);
        assertTrue(out.contains("candidate profile smoke against ") && out.contains("portkey-local.yaml"), out);
        for (String loose : List.of("latencyP95IncreaseMs", "errorRateMax", "throughputDecreasePct")) {
            assertTrue(!out.contains("the plan's " + loose), loose + " is loose enough to hold: " + out);
        }

        Matcher report = Pattern.compile("^report: (.+)$", Pattern.MULTILINE).matcher(out);
        assertTrue(report.find(), out);
        JsonNode json = new ObjectMapper().readTree(Path.of(report.group(1).strip()).resolveSibling("load.json").toFile());
        assertEquals("direct-mock", json.at("/baseline/target").asText());
        String decision = json.at("/verdict/decision").asText();
        assertTrue(out.contains("verdict: " + decision), out);
        assertEquals(decision.equals("NO-GO") ? 1 : 0, r.code(), out);
        List<String> reasons = new ArrayList<>();
        json.at("/verdict/reasons").forEach(n -> reasons.add(n.asText()));
        List<String> warnings = new ArrayList<>();
        json.at("/verdict/warnings").forEach(n -> warnings.add(n.asText()));

        // The plan's budget applied to what was measured: a NO-GO reason, and the first one, exactly when TTFT p95
        // rose by more than 0.001 ms. Whether it rose compares two runs made one after the other, the first in a
        // cold JVM; on a busy machine the baseline can come out slower (seen: TTFT p95 1.5 s against Portkey's
        // 0.24 s), so the test checks the wiring on whatever was measured rather than the sign of the difference.
        double rise = json.at("/metrics/latency/ttft/p95").asDouble() - json.at("/baseline/metrics/latency/ttft/p95").asDouble();
        Matcher ttft = Pattern.compile("reason: TTFT p95 rose (-?\\d+\\.\\d) ms \\(baseline [\\d.]+ ms, candidate [\\d.]+ ms\\); "
                + "the plan's ttftP95IncreaseMs allows 0.001 ms").matcher(out);
        boolean ttftReason = ttft.find();
        System.out.printf("LoadPlanIT: TTFT p95 rose %.3f ms; verdict %s%n", rise, decision);
        if (Math.abs(rise - 0.001) > 0.001) { // the report rounds to 0.001 ms: no verdict on the boundary itself
            assertEquals(rise > 0.001, ttftReason, "TTFT p95 rose " + rise + " ms: " + out);
        }
        if (ttftReason) {
            assertEquals("NO-GO", decision);
            assertTrue(reasons.get(0).startsWith("TTFT p95 rose ") && reasons.get(0).endsWith("allows 0.001 ms"), reasons.toString());
        }
        // How much it rose is a timing figure, trusted only when the mock kept its schedule in both runs by its own
        // account (the verdict warns otherwise, the bar of cutover bench). Then Portkey's 25 ms hold of the first
        // event must land on TTFT; well under it would mean the hold was not measured.
        boolean mockKeptTime = warnings.stream().noneMatch(w -> w.contains("the mock provider wrote"));
        if (mockKeptTime) {
            assertTrue(ttftReason && Double.parseDouble(ttft.group(1)) >= 10, "TTFT p95 rose only " + rise + " ms: " + out);
        } else {
            System.out.println("LoadPlanIT: the mock ran late (" + warnings + "); the size of the TTFT rise is not judged");
        }
    }
}
