package dev.cutover.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.faulty.Defect;
import dev.cutover.faulty.FaultyGateway;
import dev.cutover.mock.MockOptions;
import dev.cutover.run.Outcome;
import dev.cutover.run.RunResult;
import dev.cutover.run.ScenarioRunner;
import dev.cutover.run.Session;
import dev.cutover.run.Status;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Scenario;
import dev.cutover.scenario.ScenarioReader;
import dev.cutover.target.Auth;
import dev.cutover.target.Target;
import dev.cutover.target.TestTargets;
import dev.cutover.target.Upstream;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated smoke scenarios run: against the embedded mock (direct-mock, which accepts any model name)
 * they pass, and each of their checks fails when the answer is wrong in the way it guards against.
 */
class GeneratedSmokeRunsTest {
    @TempDir
    static Path dir;
    private static Path smoke;
    private static Session session;
    private static final Map<Defect, String> CAUGHT_BY = Map.of(
            Defect.DROP_DONE, "stream ends with [DONE]",
            Defect.WRONG_STREAM_CONTENT_TYPE, "header content-type matches",
            Defect.BREAK_SSE_FRAME, "stream is well-formed SSE");

    @BeforeAll
    static void importAndStart() {
        OutputFolder.write(dir, LitellmImport.plan(LitellmImportTest.EXAMPLE, null).files(), false);
        smoke = dir.resolve("scenarios/smoke-litellm");
        session = Session.open(Path.of("targets/direct-mock.yaml"), MockOptions.defaults());
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    @Test
    void everySmokeScenarioOfTheExamplePassesAgainstTheEmbeddedMock() {
        RunResult result = session.runAll(Catalog.load(List.of(smoke)), o -> {});
        String notPassed = result.outcomes().stream().filter(o -> o.status() != Status.PASSED)
                .map(o -> o.scenarioId() + ": " + o.status() + " " + o.reason()).collect(Collectors.joining("\n"));
        assertEquals("", notPassed);
        assertEquals(15, result.outcomes().size());
    }

    @Test
    void aModelTheGatewayDoesNotServeFailsChatAndStream() throws IOException {
        for (String kind : List.of("chat", "stream")) {
            Outcome o = session.run(withModel("gpt-4o-" + kind, "nonexistent-model"));
            assertEquals(Status.FAILED, o.status(), o.reason());
            assertEquals("status equals 200", o.failedChecks().get(0).expectation(), o.reason());
            assertTrue(o.reason().startsWith(o.file() + ":"), "the reason points at the expectation's line: " + o.reason());
        }
    }

    @Test
    void aBlankAnswerFailsTheContentChecks() {
        ScenarioRunner runner = new ScenarioRunner(session.target(), null, session.redactor(), "blank");
        for (String id : List.of("gpt-4o-chat", "gpt-4o-stream")) {
            session.mock().script(id + ".blank", blank());
            Outcome o = runner.run(ScenarioReader.read(smoke.resolve(id + ".yaml")));
            assertEquals(Status.FAILED, o.status(), id);
            assertTrue(o.failedChecks().stream().anyMatch(c -> c.expectation().contains("content") && c.expectation().contains("matches")),
                    o.reason());
        }
    }

    /** Stream defects a gateway really has shown; the stream smoke scenario must catch each, on a real-upstream target. */
    @ParameterizedTest
    @EnumSource(value = Defect.class, names = {"DROP_DONE", "WRONG_STREAM_CONTENT_TYPE", "BREAK_SSE_FRAME"})
    void theStreamScenarioCatchesABrokenStream(Defect defect) {
        Scenario stream = ScenarioReader.read(smoke.resolve("gpt-4o-stream.yaml"));
        Scenario chat = ScenarioReader.read(smoke.resolve("gpt-4o-chat.yaml"));
        try (FaultyGateway gw = FaultyGateway.start(session.mock().baseUrl(), MockOptions.DEFAULT_API_KEY, defect)) {
            Target real = TestTargets.openAi("faulty", gw.baseUrl() + "/v1", new Auth("Authorization", "Bearer", gw.clientKey()),
                    Map.of("chat", "gpt-4o"), Upstream.REAL, Set.of("chat", "streaming"));
            ScenarioRunner runner = new ScenarioRunner(real, null, new Redactor(List.of(gw.clientKey())), defect.name());
            Outcome broken = runner.run(stream);
            assertEquals(Status.FAILED, broken.status(), defect + " went unnoticed");
            assertTrue(broken.failedChecks().get(0).expectation().startsWith(CAUGHT_BY.get(defect)), broken.reason());
            assertEquals(Status.PASSED, runner.run(chat).status(), "a plain chat is untouched by " + defect);
        }
    }

    private static Scenario withModel(String id, String model) throws IOException {
        Path copy = dir.resolve("changed/" + id + ".yaml");
        Files.createDirectories(copy.getParent());
        String text = Files.readString(smoke.resolve(id + ".yaml"));
        Files.writeString(copy, text.replace("model: \"gpt-4o\"", "model: \"" + model + "\""));
        return ScenarioReader.read(copy);
    }

    private static ProviderScript blank() {
        ProviderScript d = ProviderScript.DEFAULT;
        return ProviderScript.builder().content(" ").chunkWords(d.chunkWords())
                .embeddingDims(d.embeddingDims()).build();
    }
}
