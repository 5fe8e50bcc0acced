package dev.cutover.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's {@code live:} block and {@code needs: scripted}: read, overridden, and refused with file and line. */
class LiveBlockTest {
    private static final String HEAD = """
            id: x
            title: t
            features: [chat]
            level: core
            severity: major
            """;
    private static final String REQUEST = """
            request:
              endpoint: chat.completions
              body: {model: m, temperature: 0.2, messages: [{role: user, content: hi}]}
            expect:
              status: 200
              upstream: {count: 1}
            """;

    @TempDir
    Path dir;

    @Test
    void liveRequestOverridesFieldsAndNullRemovesOne() throws IOException {
        Scenario s = read(HEAD + REQUEST + """
                live:
                  request: {body: {max_tokens: 16, temperature: null}}
                  expect: {status: 200, usage_consistent: true}
                """);
        Step step = s.steps().get(0);
        assertTrue(s.declaresLive());
        Map<?, ?> body = (Map<?, ?>) step.live().request().body();
        assertEquals(java.util.Set.of("model", "messages", "max_tokens"), body.keySet(), "temperature removed, max_tokens added");
        assertEquals("16", String.valueOf(body.get("max_tokens")));
        assertEquals(2, step.live().expectations().size());
        assertEquals(0.2, ((Map<?, ?>) step.request().body()).get("temperature"), "the scripted request is unchanged");
    }

    @Test
    void aLiveCheckOfWhatReachedTheProviderIsRefusedWithItsLine() throws IOException {
        InputException e = assertThrows(InputException.class, () -> read(HEAD + REQUEST + """
                live:
                  expect:
                    status: 200
                    upstream: {count: 1}
                """));
        String text = e.errors().get(0).toString();
        assertTrue(text.contains("x.yaml:15"), text);
        assertTrue(text.contains("reads what reached the provider"), text);
    }

    @Test
    void liveSameRefusesStepChecksThatNeedTheMock() throws IOException {
        InputException e = assertThrows(InputException.class, () -> read(HEAD + REQUEST + "live: same\n"));
        assertTrue(e.errors().get(0).toString().contains("live: same keeps the step's checks"), e.errors().toString());
    }

    @Test
    void needsScriptedAndLiveBlocksExcludeEachOther() throws IOException {
        Scenario scripted = read(HEAD + "needs: scripted\n" + REQUEST);
        assertTrue(scripted.needsScripted());
        assertTrue(scripted.declaresLive());
        assertNull(scripted.steps().get(0).live());
        InputException e = assertThrows(InputException.class, () -> read(HEAD + "needs: scripted\n" + REQUEST
                + "live:\n  expect: {status: 200}\n"));
        assertTrue(e.errors().get(0).toString().contains("runs no live checks"), e.errors().toString());
        assertFalse(read(HEAD + REQUEST).declaresLive(), "a scenario that says nothing does not declare what it needs");
    }

    @Test
    void agreesWithMustNameAnEarlierStep() throws IOException {
        InputException e = assertThrows(InputException.class, () -> read(HEAD + """
                steps:
                  - name: first
                    request: {endpoint: embeddings, body: {model: e, input: hi}}
                    expect: {status: 200, embeddings: {agrees_with: second}}
                  - name: second
                    request: {endpoint: embeddings, body: {model: e, input: hi}}
                    expect: {status: 200}
                """));
        assertTrue(e.errors().get(0).toString().contains("no earlier step is named 'second'"), e.errors().toString());
    }

    /** So that the catalog stays runnable against real providers: a new scenario must say what it needs from them. */
    @Test
    void everyShippedScenarioDeclaresWhatItNeedsFromTheProvider() {
        Catalog catalog = Catalog.load(java.util.List.of(Path.of("scenarios")));
        assertEquals(java.util.List.of(), catalog.broken());
        assertTrue(catalog.scenarios().size() > 100, "the catalog was found");
        assertEquals(java.util.List.of(), catalog.scenarios().stream().filter(s -> !s.declaresLive()).map(Scenario::id).toList(),
                "scenarios with neither 'needs: scripted' nor a 'live:' block in every step");
    }

    private Scenario read(String yaml) throws IOException {
        Path f = dir.resolve("x.yaml");
        Files.writeString(f, yaml);
        return ScenarioReader.read(f);
    }
}
