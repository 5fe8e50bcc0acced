package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.FirstEvent;
import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoadProfileReaderTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("p.yaml"), yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"smoke", "steady", "spike", "streaming", "soak"})
    void shippedProfilesAreValidAndBounded(String name) {
        LoadProfile p = LoadProfileReader.read(Path.of("load", name + ".yaml"));
        assertEquals(name, p.name());
        assertTrue(p.stageSeconds() <= p.limits().seconds());
        assertTrue(p.limits().requests() > 0);
    }

    @Test
    void smokeFinishesWellUnderThirtySeconds() {
        assertTrue(LoadProfileReader.read(Path.of("load", "smoke.yaml")).limits().seconds() < 30);
    }

    @Test
    void readsOpenStagesRampsBurstsAndTokenRate() throws IOException {
        LoadProfile p = LoadProfileReader.read(write("""
                name: x
                arrival:
                  - {rate: {from: 1, to: 9}, seconds: 4}
                  - {burst: 30}
                  - {rate: 5, seconds: 2}
                streaming: 0.25
                provider: {ttftMs: 80, tokensPerSecond: 50}
                limits: {seconds: 10, requests: 100}
                """));
        assertEquals(LoadProfile.Model.OPEN, p.model());
        assertEquals(new LoadProfile.Stage(1, 9, 4, false), p.stages().get(0));
        assertEquals(new LoadProfile.Stage(30, 0, 0, true), p.stages().get(1));
        assertEquals(20, p.provider().tokenGapMs());
        assertEquals(80 + 15 * 20, p.provider().generationMs(16));
        assertEquals(30_000, p.limits().requestTimeoutMs());
    }

    @Test
    void everyRunMustBeCapped() throws IOException {
        InputException e = assertThrows(InputException.class, () -> LoadProfileReader.read(write("""
                name: x
                concurrency: [{users: 4, seconds: 5}]
                """)));
        assertTrue(e.getMessage().contains("p.yaml:1: limits: missing required field"), e.getMessage());
        InputException longer = assertThrows(InputException.class, () -> LoadProfileReader.read(write("""
                name: x
                concurrency: [{users: 4, seconds: 50}]
                limits: {seconds: 20, requests: 10}
                """)));
        assertTrue(longer.getMessage().contains("p.yaml:3: limits.seconds: the stages last 50 s"), longer.getMessage());
    }

    @Test
    void badValuesNameFileLineAndField() throws IOException {
        InputException both = assertThrows(InputException.class, () -> LoadProfileReader.read(write("""
                name: x
                arrival: [{rate: 1, seconds: 1}]
                concurrency: [{users: 1, seconds: 1}]
                limits: {seconds: 5, requests: 5}
                """)));
        assertTrue(both.getMessage().contains("exactly one of 'arrival'"), both.getMessage());
        InputException share = assertThrows(InputException.class, () -> LoadProfileReader.read(write("""
                name: x
                arrival: [{rate: 1, seconds: 1}]
                streaming: 1.5
                limits: {seconds: 5, requests: 5}
                """)));
        assertTrue(share.getMessage().contains("p.yaml:3: streaming: expected a share between 0 and 1"), share.getMessage());
        InputException users = assertThrows(InputException.class, () -> LoadProfileReader.read(write("""
                name: x
                concurrency:
                  - {rate: 3, seconds: 1}
                limits: {seconds: 5, requests: 5}
                """)));
        assertTrue(users.getMessage().contains("p.yaml:3: concurrency[0].rate: unknown key"), users.getMessage());
    }

    @Test
    void firstEventDefaultsToWithTheFirstTokenAndCanBeSetBack() throws IOException {
        LoadProfile unset = LoadProfileReader.read(write("""
                name: x
                arrival: [{rate: 1, seconds: 1}]
                provider: {ttftMs: 50}
                limits: {seconds: 5, requests: 5}
                """));
        assertEquals(FirstEvent.WITH_FIRST_TOKEN, unset.provider().firstEvent());
        LoadProfile noProvider = LoadProfileReader.read(write("""
                name: x
                arrival: [{rate: 1, seconds: 1}]
                limits: {seconds: 5, requests: 5}
                """));
        assertEquals(FirstEvent.WITH_FIRST_TOKEN, noProvider.provider().firstEvent());
        LoadProfile headers = LoadProfileReader.read(write("""
                name: x
                arrival: [{rate: 1, seconds: 1}]
                provider: {ttftMs: 50, firstEvent: with_headers}
                limits: {seconds: 5, requests: 5}
                """));
        assertEquals(FirstEvent.WITH_HEADERS, headers.provider().firstEvent());
        InputException bad = assertThrows(InputException.class, () -> LoadProfileReader.read(write("""
                name: x
                arrival: [{rate: 1, seconds: 1}]
                provider:
                  ttftMs: 50
                  firstEvent: at_once
                limits: {seconds: 5, requests: 5}
                """)));
        assertTrue(bad.getMessage().contains("p.yaml:5: provider.firstEvent: 'at_once' is not one of with_headers, with_first_token"),
                bad.getMessage());
    }
}
