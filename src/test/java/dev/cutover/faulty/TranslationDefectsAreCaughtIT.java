package dev.cutover.faulty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.run.Outcome;
import dev.cutover.run.ScenarioRunner;
import dev.cutover.run.Status;
import dev.cutover.scenario.Catalog;
import dev.cutover.target.Auth;
import dev.cutover.target.Target;
import dev.cutover.target.TestTargets;
import dev.cutover.target.Upstream;
import dev.cutover.wire.Dialect;
import dev.cutover.wire.Redactor;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link DefectsAreCaughtIT} for gateways that translate: the translation catalog runs through a translating gateway
 * double ({@link TranslatingGateway}: OpenAI chat completions in front, Anthropic's or Gemini's dialect to the mock),
 * clean (every scenario of that dialect passes), then with one {@link TranslationDefect} at a time (the named
 * scenarios must catch it).
 */
class TranslationDefectsAreCaughtIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));

    /** Which provider dialect each mistranslation happens in, and the scenarios that must catch it. */
    private record Caught(Dialect provider, List<String> scenarios) {}

    private static final Map<TranslationDefect, Caught> CAUGHT_BY = new EnumMap<>(Map.of(
            TranslationDefect.MAX_TOKENS_AS_STOP, new Caught(Dialect.ANTHROPIC, List.of("translation-anthropic-max-tokens-to-length")),
            TranslationDefect.TOOL_INDEX_FROM_BLOCK, new Caught(Dialect.ANTHROPIC, List.of("translation-anthropic-stream-tool-calls")),
            TranslationDefect.USAGE_NOT_MAPPED, new Caught(Dialect.ANTHROPIC, List.of("translation-anthropic-usage-cached")),
            TranslationDefect.OVERLOADED_AS_500, new Caught(Dialect.ANTHROPIC, List.of("translation-anthropic-529-overloaded")),
            TranslationDefect.STOP_WITH_CALLS_AS_STOP, new Caught(Dialect.GEMINI, List.of("translation-gemini-function-call-to-tool-calls",
                    "translation-gemini-stream-parallel-calls"))));

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

    /** The provider dialect's translation scenarios (all, or only some) through a translating gateway. */
    private static List<Outcome> translateThrough(Dialect provider, TranslationDefect defect, Set<String> only) {
        String feature = "translation-" + provider.word();
        try (TranslatingGateway gw = TranslatingGateway.start(mock.baseUrl(), MockOptions.defaults().apiKey(), provider, defect)) {
            String model = provider == Dialect.GEMINI ? "gemini-2.0-flash" : "claude-3-5-haiku-20241022";
            Target target = TestTargets.openAi("translating-" + provider.word() + "-" + defect.name().toLowerCase(), gw.baseUrl() + "/v1",
                    new Auth("Authorization", "Bearer", gw.clientKey()), Map.of("chat", model), Upstream.MOCK,
                    Set.of(feature, "streaming", "tools", "usage", "errors"));
            ScenarioRunner runner = new ScenarioRunner(target, mock, new Redactor(List.of(gw.clientKey())), defect.name());
            return catalog.scenarios().stream().filter(s -> s.features().stream().anyMatch(f -> f.wireName().equals(feature)))
                    .filter(s -> only == null || only.contains(s.id())).map(runner::run).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = "OPENAI", mode = EnumSource.Mode.EXCLUDE)
    void theCleanTranslationPassesEveryScenario(Dialect provider) {
        List<Outcome> outcomes = translateThrough(provider, TranslationDefect.NONE, null);
        String failed = outcomes.stream().filter(o -> o.status() != Status.PASSED)
                .map(o -> o.scenarioId() + " was " + o.status() + ": " + o.reason()).collect(Collectors.joining("\n"));
        System.out.println("clean translation to " + provider.word() + ": " + (outcomes.size() - failed.lines().count()) + " of "
                + outcomes.size() + " scenarios passed");
        assertEquals("", failed);
        assertTrue(outcomes.size() >= 10, "the translation-" + provider.word() + " scenarios ran: " + outcomes.size());
    }

    @ParameterizedTest
    @EnumSource(value = TranslationDefect.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void eachMistranslationIsCaughtByItsNamedScenarios(TranslationDefect defect) {
        Caught expected = CAUGHT_BY.get(defect);
        assertTrue(expected != null && !expected.scenarios().isEmpty(), defect + " names no scenario that catches it");
        List<Outcome> outcomes = translateThrough(expected.provider(), defect, Set.copyOf(expected.scenarios()));
        assertEquals(expected.scenarios().size(), outcomes.size(), "every named scenario ran");
        outcomes.forEach(o -> System.out.println("mistranslation " + defect + " / " + o.scenarioId() + ": " + o.status() + " — "
                + (o.reason() == null ? "" : o.reason().lines().findFirst().orElse(""))));
        String missed = outcomes.stream().filter(o -> o.status() != Status.FAILED)
                .map(o -> o.scenarioId() + " was " + o.status() + (o.reason() == null ? "" : ": " + o.reason()))
                .collect(Collectors.joining("\n"));
        assertEquals("", missed, "scenarios that must catch " + defect);
    }
}
