package dev.cutover.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.parity.DiffClass;
import dev.cutover.scenario.Feature;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanReaderTest {
    @TempDir
    Path root;

    private static final String GOOD = """
            name: a-to-b
            baseline: ../targets/a.yaml
            candidate: ../targets/b.yaml
            scenarios: {paths: [../scenarios], areas: [chat], tags: [sdk], exclude: [chat-x]}
            required: [chat, streaming]
            policy: {behavioural: block}
            waivers:
              - scenario: chat-y
                difference: header.x-*
                reason: accepted
                expires: 2027-01-31
            load:
              profile: ../load/steady.yaml
              thresholds: {ttftP95IncreaseMs: 50, errorRateMax: 0.01}
            """;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(root.resolve("targets"));
        Files.createDirectories(root.resolve("scenarios/chat"));
        Files.createDirectories(root.resolve("plans"));
        Files.writeString(root.resolve("targets/a.yaml"), "name: a\n");
        Files.writeString(root.resolve("targets/b.yaml"), "name: b\n");
        Files.createDirectories(root.resolve("load"));
        Files.writeString(root.resolve("load/steady.yaml"), "name: steady\n");
    }

    private Plan read(String yaml) throws IOException {
        Path file = root.resolve("plans/p.yaml");
        Files.writeString(file, yaml);
        return PlanReader.read(file);
    }

    @Test
    void readsEveryPartOfAPlanWithPathsRelativeToItsFolder() throws IOException {
        Plan p = read(GOOD);
        assertEquals("a-to-b", p.name());
        assertEquals(root.resolve("targets/a.yaml").toAbsolutePath(), p.baseline());
        assertEquals("areas chat; tags sdk; excluding chat-x", p.selection().describe());
        assertEquals(java.util.List.of(Feature.CHAT, Feature.STREAMING), p.required());
        assertEquals(Impact.BLOCKING, p.policy().byClass().get(DiffClass.BEHAVIOURAL));
        assertEquals(Impact.NOTE, p.policy().byClass().get(DiffClass.COSMETIC));
        Waiver w = p.waivers().get(0);
        assertEquals(LocalDate.of(2027, 1, 31), w.expires());
        assertEquals(8, w.line());
        assertEquals(root.resolve("load/steady.yaml").toAbsolutePath(), p.load().profile());
        assertEquals(0.01, p.load().thresholds().errorRateMax());
        assertEquals(50.0, p.load().thresholds().ttftP95IncreaseMs());
        assertNull(p.load().thresholds().latencyP95IncreaseMs());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "baseline: ../targets/a.yaml|baseline: ../targets/missing.yaml|2|baseline|no such file or folder '../targets/missing.yaml'",
            "required: [chat, streaming]|required: [chat, streeming]|5|required[1]|unknown feature 'streeming'",
            "policy: {behavioural: block}|policy: {behavioural: stop}|6|policy.behavioural|'stop' is not one of",
            "expires: 2027-01-31|expires: 31.01.2027|11|waivers[0].expires|expected a date as YYYY-MM-DD",
            "errorRateMax: 0.01|errorRate: 0.01|14|load.thresholds.errorRate|unknown key",
            "steady.yaml|chat-steady.yaml|13|load.profile|no such file or folder '../load/chat-steady.yaml'",
            "errorRateMax: 0.01|overheadP50Ms: 5|14|load.thresholds.overheadP50Ms|measure it with 'cutover overhead",
            "areas: [chat]|areas: [chta]|4|scenarios.areas[0]|no area folder 'chta'",
            "name: a-to-b|nam: a-to-b|1|nam|unknown key"})
    void everyProblemNamesFileLineAndField(String good, String bad, int line, String field, String message) throws IOException {
        InputException e = assertThrows(InputException.class, () -> read(GOOD.replace(good, bad)));
        InputError err = e.errors().get(0);
        assertEquals(line, err.line(), err.toString());
        assertEquals(field, err.field(), err.toString());
        assertTrue(err.message().contains(message), err.toString());
        assertTrue(err.file().endsWith("p.yaml"));
    }

    @Test
    void aWaiverMustSayWhatItWaives() throws IOException {
        String yaml = GOOD.replace("  - scenario: chat-y\n    difference: header.x-*\n", "  - expires: 2027-01-31\n")
                .replace("    expires: 2027-01-31\n", "");
        InputException e = assertThrows(InputException.class, () -> read(yaml));
        assertTrue(e.getMessage().contains("a waiver names a scenario, a difference"), e.getMessage());
    }

    @Test
    void theShippedRealPlanReads() {
        Plan p = PlanReader.read(Path.of("plans/direct-to-portkey.yaml"));
        assertTrue(p.candidate().endsWith(Path.of("targets/portkey-local.yaml")));
        assertNotNull(p.load());
    }

    @Test
    void everyShippedPlansLoadPartNamesAProfileThatReads() throws IOException {
        try (var plans = Files.list(Path.of("plans"))) {
            for (Path file : plans.toList()) {
                Plan p = PlanReader.read(file);
                assertNotNull(p.load(), file.toString());
                assertEquals(p.load().profile().getFileName().toString().replace(".yaml", ""),
                        dev.cutover.load.LoadProfileReader.read(p.load().profile()).name(), file.toString());
            }
        }
    }
}
