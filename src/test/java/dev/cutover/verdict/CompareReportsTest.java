package dev.cutover.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutover.parity.Parity;
import dev.cutover.parity.ParityResult;
import dev.cutover.parity.ScenarioRuns;
import dev.cutover.report.CompareReports;
import dev.cutover.run.Outcome;
import dev.cutover.run.Status;
import dev.cutover.run.StepResult;
import dev.cutover.scenario.Feature;
import dev.cutover.scenario.Level;
import dev.cutover.scenario.ScenarioInfo;
import dev.cutover.scenario.Selection;
import dev.cutover.scenario.Severity;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.SentRequest;
import dev.cutover.wire.Timings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four compare reports from a hand-built comparison with one breaking and one cosmetic difference. */
class CompareReportsTest {
    static final String SECRET = "sk-live-TOPSECRET-4711";

    @TempDir
    Path dir;

    private static Observation reply(int status, String body, Map<String, String> headers) {
        SentRequest sent = new SentRequest("POST", "http://127.0.0.1:1/v1/chat/completions",
                Headers.of(Map.of("authorization", List.of("Bearer " + SECRET))), "{\"k\":\"" + SECRET + "\"}");
        Map<String, List<String>> h = new java.util.TreeMap<>();
        h.put("content-type", List.of("application/json"));
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        return new Observation(sent, status, Headers.of(h), body, List.of(), List.of(), new Timings(5, null, 5), null, List.of());
    }

    private static Outcome outcome(Status s, Observation o) {
        return new Outcome(new ScenarioInfo("errors-429", "A 429 keeps its envelope", "errors", List.of(Feature.ERRORS), Level.CORE,
                Severity.BLOCKER, Path.of("scenarios/errors/errors-429.yaml")), "t", s, s == Status.PASSED ? null : "status 500, not 429 (" + SECRET + ")",
                List.of(new StepResult("request", o, List.of())), 3);
    }

    private ComparisonResult comparison() {
        Observation base = reply(429, "{\"error\":{\"message\":\"slow down " + SECRET + "\",\"type\":\"requests\"}}", Map.of());
        Observation cand = reply(500, "{\"error\":{\"message\":\"slow down " + SECRET + "\",\"type\":\"requests\"}}", Map.of("x-gw", "1"));
        List<ScenarioRuns> runs = List.of(new ScenarioRuns(outcome(Status.PASSED, base), outcome(Status.PASSED, base), outcome(Status.FAILED, cand)));
        ParityResult parity = Parity.compare(runs, false);
        Side a = new Side("baseline", "direct-mock", "direct", "http://a", null, "mock", List.of(Feature.ERRORS), Path.of("targets/a.yaml"));
        Side b = new Side("candidate", "litellm", "litellm", "http://b", "litellm", "mock", List.of(Feature.ERRORS), Path.of("targets/b.yaml"));
        Plan plan = Plan.adHoc(Path.of("targets/a.yaml"), Path.of("targets/b.yaml"),
                new Selection(List.of(Path.of("scenarios")), List.of(), List.of(), List.of(), List.of()));
        Decision d = Judge.decide(plan, parity, runs, a, b, java.time.LocalDate.of(2026, 1, 1));
        return new ComparisonResult(plan, a, b, Instant.parse("2026-01-01T00:00:00Z"), 1234, runs, parity, d);
    }

    @Test
    void writesAllFourReportsVerdictFirstWithTheFieldMarkedAndNoSecret() throws Exception {
        ComparisonResult r = comparison();
        assertEquals(Verdict.NO_GO, r.verdict());
        Path out = dir.resolve("report");
        List<Path> files = CompareReports.write(r, new Redactor(List.of(SECRET)), out);
        assertEquals(List.of("index.html", "report.json", "report.md", "junit.xml"), files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) assertFalse(Files.readString(f).contains(SECRET), f + " leaks the secret");

        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("NO_GO", json.path("verdict").asText());
        assertEquals("litellm", json.path("candidate").path("standInFor").asText());
        assertEquals(List.of("outcome", "header.x-gw", "status"), json.path("differences").findValues("path").stream().map(JsonNode::asText).toList());

        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.indexOf("NO-GO") < html.indexOf("Features × (baseline, candidate)"), "verdict comes first");
        assertTrue(html.contains("cutover&#39;s stand-in for litellm"), "the stand-in is called out");
        assertTrue(html.contains("<p class=\"badge standin\"><b>stand-in for LiteLLM</b>"), "and badged in the header");
        assertTrue(html.contains("<div class=\"label\">NO-GO</div>") && html.contains("<span>blocking</span>")
                && html.contains("<span>improvements</span>") && html.contains("<span>coverage</span>"), "the verdict with its cards");
        assertTrue(html.indexOf("id=\"blocking\"") < html.indexOf("id=\"in-full\""), "the blocking table before the detail");
        assertTrue(html.contains("<mark>status 500</mark>") && html.contains("<mark>status 429</mark>"), "the field is marked on both sides");

        String junit = Files.readString(out.resolve("junit.xml"));
        assertTrue(junit.contains("failures=\"3\""), junit);   // verdict, outcome, status; the extra header only notes
        assertTrue(junit.contains("type=\"BLOCKING\"") && junit.contains("errors-429 step request header.x-gw"), junit);

        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.startsWith("❌ **NO-GO**"), md);
        assertTrue(md.lines().count() < 40, "short enough for a pull-request comment");
    }
}
