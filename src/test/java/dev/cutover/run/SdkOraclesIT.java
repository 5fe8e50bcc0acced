package dev.cutover.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.mock.MockOptions;
import dev.cutover.report.Reports;
import dev.cutover.scenario.Catalog;
import dev.cutover.wire.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SDK oracles over the whole catalog, as {@code cutover run} asks them: against the embedded mock and
 * against the real Portkey gateway (gateways/portkey, installed by npm ci). Every step of every scenario that
 * ran carries one verdict per SDK of its API in report.json (OpenAI's two, Anthropic's two for Messages; all
 * four, n/a, where no SDK has a call), no SDK is ever unavailable (so CI cannot pass without the Node runner
 * installed), what they say matches what each scenario provokes, and no outcome changes.
 */
class SdkOraclesIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));

    private static final List<String> OPENAI = List.of("openai-java", "openai-node");
    private static final List<String> ANTHROPIC = List.of("anthropic-java", "anthropic-node");
    private static final List<String> ALL = List.of("openai-java", "openai-node", "anthropic-java", "anthropic-node");

    @TempDir
    Path reports;

    @ParameterizedTest
    @ValueSource(strings = {"targets/direct-mock.yaml", "targets/portkey-local.yaml"})
    void everyStepCarriesBothSdksVerdictsInReportJson(String profile) throws IOException {
        JsonNode report = run(profile);
        for (String sdk : OPENAI) {
            JsonNode c = report.at("/sdks/bySdk/" + sdk);
            assertEquals(0, c.path("unavailable").asInt(-1), sdk + " was asked every time: " + c);
            assertTrue(c.path("parsed").asInt() >= 30 && c.path("raised").asInt() >= 10, sdk + ": " + c);
        }
        assertEquals("4.101.0", report.at("/sdks/bySdk/openai-java/version").asText());
        assertEquals("5.23.2", report.at("/sdks/bySdk/openai-node/version").asText());
        assertEquals(0, report.at("/sdks/clientBreaking").size(), "no 2xx of the mock or Portkey breaks an SDK");

        Map<String, JsonNode> steps = steps(report);
        assertEquals(List.of("PARSED", "PARSED"), outcomes(steps.get("chat-basic-completion")));
        assertEquals(List.of("PARSED", "PARSED"), outcomes(steps.get("tools-stream-deltas")));
        assertEquals(List.of("PARSED", "PARSED"), outcomes(steps.get("embeddings-base64")));
        assertEquals(List.of("PARSED", "PARSED"), outcomes(steps.get("models-list-schema")));
        JsonNode rateLimited = steps.get("errors-429-retry-after").get("sdks");
        assertEquals(List.of("RateLimitException", "RateLimitError"), rateLimited.findValuesAsText("raised"));
        assertEquals("status 429, code rate_limit_exceeded, type requests", rateLimited.get(0).get("detail").asText());
        assertEquals(ALL, steps.get("errors-unknown-path-404").get("sdks").findValuesAsText("sdk"));
        assertEquals(List.of("NOT_APPLICABLE", "NOT_APPLICABLE", "NOT_APPLICABLE", "NOT_APPLICABLE"),
                outcomes(steps.get("errors-unknown-path-404")), "a raw path");

        // The provider resets mid-stream: straight from the mock both SDKs raise; Portkey ends the stream cleanly,
        // both SDKs take the truncated answer, and the failed check every SDK parses is a spec deviation.
        JsonNode reset = steps.get("stream-reset-mid-stream-not-hidden");
        if (profile.contains("portkey")) {
            assertEquals(List.of("PARSED", "PARSED"), outcomes(reset));
            assertEquals("spec-deviation", reset.get("sdkFinding").asText());
            assertEquals("stream-reset-mid-stream-not-hidden", report.at("/sdks/specDeviations/0/scenario").asText());
        } else {
            assertEquals(List.of("RAISED", "RAISED"), outcomes(reset));
            assertTrue(reset.get("sdkFinding").isNull());
            assertEquals(0, report.at("/sdks/specDeviations").size());
        }
    }

    /**
     * The client APIs straight from the mock: Responses steps judged by OpenAI's SDKs, Messages steps by
     * Anthropic's, every 2xx parsed and every error status raised as the SDK's own exception.
     */
    @Test
    void responsesAndMessagesStepsAreJudgedByTheirVendorsSdks() throws IOException {
        JsonNode report = run("targets/direct-mock-client-apis.yaml");
        for (String sdk : ALL) {
            JsonNode c = report.at("/sdks/bySdk/" + sdk);
            assertEquals(0, c.path("unavailable").asInt(-1), sdk + " was asked every time: " + c);
            assertEquals(4, c.path("parsed").asInt(), sdk + ": " + c);
        }
        assertEquals("3.14.0", report.at("/sdks/bySdk/anthropic-java/version").asText());
        assertEquals("1.14.0", report.at("/sdks/bySdk/anthropic-node/version").asText());
        assertEquals(0, report.at("/sdks/clientBreaking").size(), "no 2xx of the mock breaks an SDK");
        Map<String, JsonNode> steps = steps(report);
        assertEquals(OPENAI, steps.get("responses-stream-events").get("sdks").findValuesAsText("sdk"));
        assertEquals(List.of("PARSED", "PARSED"), outcomes(steps.get("responses-stream-events")));
        assertEquals(List.of("RateLimitException", "RateLimitError"),
                steps.get("responses-429-error").get("sdks").findValuesAsText("raised"));
        assertEquals(ANTHROPIC, steps.get("messages-stream-events").get("sdks").findValuesAsText("sdk"));
        assertEquals(List.of("PARSED", "PARSED"), outcomes(steps.get("messages-stream-events")));
        JsonNode overloaded = steps.get("messages-529-overloaded").get("sdks");
        assertEquals(List.of("OverloadedException", "OverloadedError"), overloaded.findValuesAsText("raised"));
        assertEquals("status 529, type overloaded_error", overloaded.get(0).get("detail").asText());
    }

    private JsonNode run(String profile) throws IOException {
        try (Session session = Session.open(PROJECT.resolve(profile), MockOptions.defaults())) {
            RunResult result = session.runAll(Catalog.load(List.of(PROJECT.resolve("scenarios"))), o -> { });
            assertTrue(result.allPassed(), "the SDKs change no outcome: " + result.counts());
            Path dir = Reports.newRunDir(reports, session.target().name(), result.startedAt());
            Reports.write(result, session.redactor(), dir);
            return Json.parse(Files.readString(dir.resolve("report.json"))).orElseThrow();
        }
    }

    /** Each scenario's first step, after checking every step's SDKs are those of its API. */
    private static Map<String, JsonNode> steps(JsonNode report) {
        Map<String, JsonNode> steps = new TreeMap<>();
        for (JsonNode o : report.get("outcomes")) {
            for (JsonNode s : o.get("steps")) {
                List<String> sdks = s.get("sdks").findValuesAsText("sdk");
                assertTrue(sdks.equals(OPENAI) || sdks.equals(ANTHROPIC)
                        || sdks.equals(ALL) && outcomes(s).stream().allMatch("NOT_APPLICABLE"::equals), o.get("id").asText() + ": " + sdks);
                steps.putIfAbsent(o.get("id").asText(), s);
            }
        }
        return steps;
    }

    private static List<String> outcomes(JsonNode step) {
        return step.get("sdks").findValuesAsText("outcome");
    }
}
