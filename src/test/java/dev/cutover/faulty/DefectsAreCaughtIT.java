package dev.cutover.faulty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.run.Outcome;
import dev.cutover.run.ScenarioRunner;
import dev.cutover.run.Status;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Scenario;
import dev.cutover.target.Auth;
import dev.cutover.target.Target;
import dev.cutover.target.TestTargets;
import dev.cutover.target.Upstream;
import dev.cutover.wire.Redactor;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The suite proves it can fail: the catalog runs through a gateway double that is clean (no scenario may
 * fail) and then through the same double with one named defect at a time (the named scenarios must
 * catch it). Like Hurl's tests_ok / tests_failed, side by side.
 */
class DefectsAreCaughtIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final Set<String> CLAIMED = Set.of("chat", "streaming", "usage", "tools", "embeddings", "models",
            "auth", "errors", "headers", "logprobs", "response-format", "n", "key-isolation");

    /** Which scenarios must catch each defect; every defect needs at least one. */
    private static final Map<Defect, List<String>> CAUGHT_BY = new EnumMap<>(Map.ofEntries(
            Map.entry(Defect.DROP_DONE, List.of("stream-ends-with-done")),
            Map.entry(Defect.RATE_LIMIT_AS_500, List.of("errors-429-retry-after", "errors-429-on-stream")),
            Map.entry(Defect.STRIP_RETRY_AFTER, List.of("errors-429-retry-after")),
            Map.entry(Defect.FLATTEN_ERROR_ENVELOPE, List.of("errors-500-server-error", "errors-400-param-preserved")),
            Map.entry(Defect.FORWARD_CLIENT_KEY, List.of("auth-key-not-forwarded", "auth-key-not-forwarded-embeddings")),
            Map.entry(Defect.BREAK_SSE_FRAME, List.of("stream-chunks-match-schema")),
            Map.entry(Defect.BUFFER_STREAM, List.of("stream-not-buffered")),
            Map.entry(Defect.DROP_USAGE_CHUNK, List.of("stream-include-usage")),
            Map.entry(Defect.REWRITE_FINISH_REASON, List.of("chat-finish-reason-length", "stream-finish-reason-length")),
            Map.entry(Defect.WRONG_STREAM_CONTENT_TYPE, List.of("stream-content-type")),
            Map.entry(Defect.SWALLOW_UPSTREAM_RESET, List.of("stream-reset-mid-stream-not-hidden"))));

    private static MockProvider mock;
    private static Catalog catalog;

    @BeforeAll
    static void startMock() {
        mock = MockProvider.start(MockOptions.defaults());
        catalog = Catalog.load(List.of(PROJECT.resolve("scenarios")));
        assertTrue(catalog.broken().isEmpty(), "catalog has broken files: " + catalog.broken());
    }

    @AfterAll
    static void stopMock() {
        mock.close();
    }

    private static List<Outcome> runThrough(Defect defect, Set<String> only) {
        try (FaultyGateway gw = FaultyGateway.start(mock.baseUrl(), MockOptions.defaults().apiKey(), defect)) {
            Target target = TestTargets.openAi("faulty-" + defect.name().toLowerCase(), gw.baseUrl() + "/v1",
                    new Auth("Authorization", "Bearer", gw.clientKey()),
                    Map.of("chat", "gpt-4o-mini", "embedding", "text-embedding-3-small"), Upstream.MOCK, CLAIMED);
            ScenarioRunner runner = new ScenarioRunner(target, mock, new Redactor(List.of(gw.clientKey())), defect.name());
            return catalog.scenarios().stream().filter(s -> only == null || only.contains(s.id()))
                    .map(runner::run).toList();
        }
    }

    @Test
    void theCleanGatewayFailsNoScenario() {
        List<Outcome> outcomes = runThrough(Defect.NONE, null);
        String failed = outcomes.stream().filter(o -> o.status() == Status.FAILED || o.status() == Status.ERROR)
                .map(o -> o.scenarioId() + ": " + o.reason()).collect(Collectors.joining("\n"));
        assertEquals("", failed);
        assertTrue(outcomes.stream().filter(o -> o.status() == Status.PASSED).count() >= 40,
                "at least 40 scenarios pass through the clean gateway");
    }

    @ParameterizedTest
    @EnumSource(value = Defect.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void eachDefectIsCaughtByItsNamedScenarios(Defect defect) {
        List<String> expected = CAUGHT_BY.get(defect);
        assertTrue(expected != null && !expected.isEmpty(), defect + " names no scenario that catches it");
        Set<String> known = catalog.scenarios().stream().map(Scenario::id).collect(Collectors.toSet());
        assertTrue(known.containsAll(expected), "unknown scenario in " + expected);
        for (Outcome o : runThrough(defect, Set.copyOf(expected))) {
            assertEquals(Status.FAILED, o.status(), o.scenarioId() + " must catch " + defect + " but was " + o.status()
                    + (o.reason() == null ? "" : ": " + o.reason()));
        }
    }
}
