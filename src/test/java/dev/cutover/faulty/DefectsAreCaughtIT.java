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
 * The suite proves it can fail, and that it fails only for cause: the catalog runs through a gateway double that is
 * clean (no scenario may fail), then with one named defect at a time (the named scenarios must catch it), then with
 * one harmless change at a time (again no scenario may fail). Like Hurl's tests_ok / tests_failed, side by side.
 */
class DefectsAreCaughtIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final Set<String> CLAIMED = Set.of("chat", "streaming", "usage", "tools", "embeddings", "models",
            "auth", "errors", "headers", "logprobs", "response-format", "n", "key-isolation");

    /** Which scenarios must catch each defect; every defect needs at least one. */
    private static final Map<Defect, List<String>> CAUGHT_BY = new EnumMap<>(Map.ofEntries(
            Map.entry(Defect.DROP_DONE, List.of("stream-ends-with-done")),
            Map.entry(Defect.RATE_LIMIT_AS_500, List.of("errors-429-retry-after", "errors-429-on-stream")),
            Map.entry(Defect.STRIP_RETRY_AFTER, List.of("errors-429-retry-after", "errors-429-retry-after-ms", "errors-503-retry-after")),
            Map.entry(Defect.FLATTEN_ERROR_ENVELOPE, List.of("errors-500-server-error", "errors-400-param-preserved")),
            Map.entry(Defect.FORWARD_CLIENT_KEY, List.of("auth-key-not-forwarded", "auth-key-not-forwarded-embeddings")),
            Map.entry(Defect.BREAK_SSE_FRAME, List.of("stream-chunks-match-schema")),
            Map.entry(Defect.BUFFER_STREAM, List.of("stream-not-buffered")),
            Map.entry(Defect.DROP_USAGE_CHUNK, List.of("stream-include-usage", "stream-usage-details")),
            Map.entry(Defect.REWRITE_FINISH_REASON, List.of("chat-finish-reason-length", "stream-finish-reason-length")),
            Map.entry(Defect.WRONG_STREAM_CONTENT_TYPE, List.of("stream-content-type")),
            Map.entry(Defect.SWALLOW_UPSTREAM_RESET, List.of("stream-reset-mid-stream-not-hidden")),
            Map.entry(Defect.STRIP_UNTYPED_PARAMS, List.of("tools-definitions-forwarded", "chat-response-format-json",
                    "chat-sampling-params-forwarded", "chat-logprobs", "stream-include-usage")),
            Map.entry(Defect.CLAMP_SAMPLING, List.of("errors-400-param-preserved", "headers-error-json-content-type")),
            Map.entry(Defect.RENAME_MAX_TOKENS, List.of("chat-finish-reason-length", "chat-sampling-params-forwarded")),
            Map.entry(Defect.ERROR_CODE_AS_STATUS, List.of("errors-context-length-exceeded", "errors-insufficient-quota")),
            Map.entry(Defect.RATE_LIMIT_AS_503, List.of("errors-429-retry-after", "errors-429-on-stream", "errors-insufficient-quota")),
            Map.entry(Defect.RETRY_AFTER_PREFIXED, List.of("errors-429-retry-after", "errors-429-retry-after-ms", "errors-503-retry-after")),
            Map.entry(Defect.CHARSET_LATIN1, List.of("headers-json-charset-utf8", "stream-content-type")),
            Map.entry(Defect.CONTENT_FILTER_AS_STOP, List.of("chat-finish-reason-content-filter", "stream-finish-reason-content-filter")),
            Map.entry(Defect.DROP_REFUSAL, List.of("chat-refusal", "stream-refusal")),
            Map.entry(Defect.DROP_REASONING, List.of("chat-reasoning-content", "stream-reasoning-before-content")),
            Map.entry(Defect.DROP_LOGPROBS, List.of("chat-logprobs", "stream-logprobs")),
            Map.entry(Defect.COLLAPSE_CHOICES, List.of("chat-n-two-choices", "stream-n-two-choices")),
            Map.entry(Defect.RECOUNT_USAGE, List.of("chat-usage-totals", "chat-usage-details", "stream-include-usage")),
            Map.entry(Defect.DROP_TOOL_CALL_ID, List.of("tools-call-returned", "tools-stream-deltas")),
            Map.entry(Defect.COLLAPSE_TOOL_INDEX, List.of("tools-stream-parallel-calls", "tools-stream-interleaved-calls",
                    "tools-stream-whole-calls")),
            Map.entry(Defect.TRUNCATE_TOOL_ARGUMENTS, List.of("tools-stream-deltas", "tools-stream-parallel-calls")),
            Map.entry(Defect.DUPLICATE_FIRST_CHUNK, List.of("stream-content-assembles", "stream-ends-with-done")),
            Map.entry(Defect.DROP_ROLE_CHUNK, List.of("stream-first-chunk-role")),
            Map.entry(Defect.USAGE_BEFORE_FINISH, List.of("stream-include-usage")),
            Map.entry(Defect.NON_JSON_KEEPALIVE, List.of("stream-chunks-match-schema")),
            Map.entry(Defect.DOUBLE_DONE, List.of("stream-ends-with-done")),
            Map.entry(Defect.HOLD_FIRST_TOKEN, List.of("stream-ttft-respected")),
            Map.entry(Defect.CHUNK_IDS_VARY, List.of("stream-chunks-match-schema", "stream-content-assembles")),
            Map.entry(Defect.CREATED_VARIES_MID_STREAM, List.of("stream-chunks-match-schema", "stream-content-assembles")),
            Map.entry(Defect.CREATED_IN_MILLISECONDS, List.of("chat-basic-completion", "stream-chunks-match-schema")),
            Map.entry(Defect.REPEAT_TOOL_CALL_FIELDS, List.of("tools-stream-deltas", "tools-stream-parallel-calls")),
            Map.entry(Defect.NULL_TOOL_DELTA_FIELDS, List.of("tools-stream-deltas", "tools-stream-parallel-calls")),
            Map.entry(Defect.TOOL_ARGUMENTS_AS_OBJECT, List.of("tools-call-returned", "tools-parallel-calls")),
            Map.entry(Defect.USAGE_CHUNK_WITH_CHOICE, List.of("stream-include-usage", "stream-usage-details")),
            Map.entry(Defect.DUPLICATE_USAGE_CHUNK, List.of("stream-include-usage", "stream-usage-details")),
            Map.entry(Defect.FORCE_INCLUDE_USAGE, List.of("stream-no-usage-chunk-unless-asked")),
            Map.entry(Defect.CONTENT_ENCODING_KEPT, List.of("chat-basic-completion", "embeddings-float-vectors")),
            Map.entry(Defect.ERROR_AS_200, List.of("errors-500-server-error", "errors-400-param-preserved",
                    "errors-context-length-exceeded")),
            Map.entry(Defect.NUMERIC_ERROR_CODE, List.of("errors-500-server-error", "errors-context-length-exceeded")),
            Map.entry(Defect.OWN_ERRORS_FLAT, List.of("auth-invalid-key-401", "auth-missing-key-401")),
            Map.entry(Defect.EMBEDDING_INDEX_ZERO, List.of("embeddings-multiple-inputs", "embeddings-token-array-input")),
            Map.entry(Defect.BASE64_AS_FLOATS, List.of("embeddings-base64", "embeddings-base64-dimensions"))));

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

    private static List<Outcome> runThrough(FaultyGateway gw, String name, Set<String> only) {
        try (gw) {
            Target target = TestTargets.openAi("faulty-" + name.toLowerCase(), gw.baseUrl() + "/v1",
                    new Auth("Authorization", "Bearer", gw.clientKey()),
                    Map.of("chat", "gpt-4o-mini", "embedding", "text-embedding-3-small"), Upstream.MOCK, CLAIMED);
            ScenarioRunner runner = new ScenarioRunner(target, mock, new Redactor(List.of(gw.clientKey())), name);
            return catalog.scenarios().stream().filter(s -> only == null || only.contains(s.id()))
                    .map(runner::run).toList();
        }
    }

    /** Every scenario failed or errored, with its reason: what a run through a clean or harmless gateway must not have. */
    private static String failures(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.status() == Status.FAILED || o.status() == Status.ERROR)
                .map(o -> o.scenarioId() + ": " + o.reason()).collect(Collectors.joining("\n"));
    }

    @Test
    void theCleanGatewayFailsNoScenario() {
        List<Outcome> outcomes = runThrough(FaultyGateway.start(mock.baseUrl(), MockOptions.defaults().apiKey(), Defect.NONE),
                "NONE", null);
        assertEquals("", failures(outcomes));
        assertTrue(outcomes.stream().filter(o -> o.status() == Status.PASSED).count() >= 80,
                "at least 80 scenarios pass through the clean gateway");
    }

    @ParameterizedTest
    @EnumSource(value = Defect.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void eachDefectIsCaughtByItsNamedScenarios(Defect defect) {
        List<String> expected = CAUGHT_BY.get(defect);
        assertTrue(expected != null && !expected.isEmpty(), defect + " names no scenario that catches it");
        Set<String> known = catalog.scenarios().stream().map(Scenario::id).collect(Collectors.toSet());
        assertTrue(known.containsAll(expected), "unknown scenario in " + expected);
        List<Outcome> outcomes = runThrough(FaultyGateway.start(mock.baseUrl(), MockOptions.defaults().apiKey(), defect),
                defect.name(), Set.copyOf(expected));
        assertEquals(expected.size(), outcomes.size(), "every named scenario ran");
        // How each was caught, in the build log: the first problem the report names.
        outcomes.forEach(o -> System.out.println("defect " + defect + " / " + o.scenarioId() + ": " + o.status() + " — "
                + (o.reason() == null ? "" : o.reason().lines().findFirst().orElse(""))));
        String missed = outcomes.stream().filter(o -> o.status() != Status.FAILED)
                .map(o -> o.scenarioId() + " was " + o.status() + (o.reason() == null ? "" : ": " + o.reason()))
                .collect(Collectors.joining("\n"));
        assertEquals("", missed, "scenarios that must catch " + defect);
    }

    @ParameterizedTest
    @EnumSource(value = Harmless.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void noScenarioFailsOnAHarmlessChange(Harmless change) {
        List<Outcome> outcomes = runThrough(FaultyGateway.start(mock.baseUrl(), MockOptions.defaults().apiKey(), change),
                change.name(), null);
        assertEquals("", failures(outcomes), "scenarios that flag the harmless " + change);
        assertTrue(outcomes.stream().filter(o -> o.status() == Status.PASSED).count() >= 80, "the catalog ran through " + change);
    }
}
