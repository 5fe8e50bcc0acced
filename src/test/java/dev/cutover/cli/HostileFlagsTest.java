package dev.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Careless command lines: each is bad input (exit 2, one line naming what to fix) before anything runs, never
 * an internal error after minutes of work, never a green "nothing checked".
 */
class HostileFlagsTest {
    @TempDir
    Path dir;

    /** --reports naming a file (or a folder under one): it used to run everything, then exit 3 writing the report. */
    @Test
    void aReportsFolderThatCannotBeWrittenIsRefusedBeforeAnythingRuns() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        String mock = "targets/direct-mock.yaml";
        for (Path reports : List.of(file, file.resolve("sub"))) {
            for (List<String> command : List.of(
                    List.of("run", "--quiet", "--target", mock, "scenarios/models", "--reports", reports.toString()),
                    List.of("compare", "--quiet", "--baseline", mock, "--candidate", mock, "scenarios/models", "--reports",
                            reports.toString()),
                    List.of("load", "--target", mock, "--profile", "load/smoke.yaml", "--reports", reports.toString()),
                    List.of("overhead", "--target", mock, "--requests", "5", "--reports", reports.toString()))) {
                CliRun r = CliRun.of(command.toArray(String[]::new));
                String label = command.get(0) + " --reports " + reports + ":\n" + r.out();
                assertEquals(Main.BAD_INPUT, r.code(), label);
                assertTrue(r.out().contains(reports + ": --reports: cannot create a report folder there ("), label);
                assertFalse(r.out().contains("PASS") || r.out().contains("internal error"), label);
            }
        }
        assertEquals("x", Files.readString(file));
    }

    /** warm-up plus pairs overflowed an int: the probe ran no pair and said "stopped by pairs". */
    @Test
    void overheadCountsBeyondTheirRangeAreRefused() {
        for (String[] args : new String[][] {{"--requests", "2147483647"}, {"--warmup", "2147483647"}, {"--seconds", "0"},
                {"--requests", "0"}, {"--warmup", "-1"}}) {
            CliRun r = CliRun.of("overhead", "--target", "targets/direct-mock.yaml", args[0], args[1],
                    "--reports", dir.toString());
            assertEquals(Main.BAD_INPUT, r.code(), String.join(" ", args) + ": " + r.out());
            assertTrue(r.out().contains("--requests from 1 to 1000000"), r.out());
        }
    }

    /** A folder without YAML, or a mistyped one, checked nothing and said so with exit 0: CI read it as clean. */
    @Test
    void lintOfAFolderWithNothingToCheckIsNotClean() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not yaml");
        CliRun r = CliRun.of("lint", empty.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.out());
        assertTrue(r.out().contains("no .yaml files under [" + empty + "]: nothing to check"), r.out());
    }

    /** A target claiming none of the selected scenarios' features: "0 of 0 applicable scenarios ran (100 %)", exit 0. */
    @Test
    void aRunInWhichNothingAppliesIsNotAPass() {
        CliRun r = CliRun.of("run", "--quiet", "--target", "targets/direct-mock.yaml", "scenarios/messages", "--reports", dir.toString());
        assertEquals(Main.INCONCLUSIVE, r.code(), r.out());
        assertTrue(r.out().contains("no applicable scenario: the target claims the features of none of those selected, nothing was checked"),
                r.out());
    }

    /** A star held down: the glob became '.*' forty times for java.util.regex, which backtracked for ever at full CPU. */
    @Test
    void aScenarioGlobOfManyStarsEndsAtOnce() {
        CliRun r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> CliRun.of("run",
                "--quiet", "--target", "targets/direct-mock.yaml", "scenarios/streaming", "--scenario", "*".repeat(40) + "x",
                "--reports", dir.toString()));
        assertEquals(Main.BAD_INPUT, r.code(), r.out());
        assertTrue(r.out().contains("no scenarios found under [scenarios/streaming] matching"), r.out());
    }

    /** init --dir naming a file was "internal error: UncheckedIOException", exit 3. */
    @Test
    void initIntoAFileIsBadInputAndLeavesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun r = CliRun.of("init", "litellm", "--dir", file.toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.out());
        assertTrue(r.out().contains("error: --dir " + file + ": cannot write there"), r.out());
        assertEquals("x", Files.readString(file));
    }

    /** A mock told to stop after no time stopped at once, exit 0; a port out of range was told to give an admin key. */
    @Test
    void mockFlagsOutOfRangeSayWhatIsWrong() {
        CliRun seconds = CliRun.of("mock", "--seconds", "-5", "--warm-up-seconds", "0");
        assertEquals(Main.BAD_INPUT, seconds.code(), seconds.out());
        assertTrue(seconds.out().contains("--seconds must be above 0"), seconds.out());
        CliRun port = CliRun.of("mock", "--port", "70000", "--warm-up-seconds", "0");
        assertEquals(Main.BAD_INPUT, port.code(), port.out());
        assertTrue(port.out().contains("port out of range: 70000") && !port.out().contains("admin-key-env VAR)"), port.out());
    }

    /** A damaged --baseline-report was read after the candidate's whole run, and a bad line ended it with exit 3. */
    @Test
    void aDamagedBaselineReportIsRefusedBeforeTheCandidateRuns() throws Exception {
        Path report = Files.createDirectory(dir.resolve("baseline"));
        Files.writeString(report.resolve("load.json"), "{\"target\": {\"name\": \"x\"}}");
        Files.writeString(report.resolve("samples.jsonl"), "{\"not\": \"a sample\"\n");
        CliRun r = CliRun.of("load", "--target", "targets/direct-mock.yaml", "--profile", "load/smoke.yaml", "--baseline-report",
                report.toString(), "--reports", dir.resolve("reports").toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.out());
        assertTrue(r.out().contains(report.resolve("samples.jsonl") + ":1: not a load sample: Unexpected end-of-input"), r.out());
        assertFalse(r.out().contains("cutover load: candidate"), r.out());
    }

    /** --accept in a folder that does not exist (or is a file) was found out after the comparison: exit 3. */
    @Test
    void anAcceptFileThatCannotBeWrittenIsRefusedBeforeTheComparison() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        String mock = "targets/direct-mock.yaml";
        CliRun r = CliRun.of("compare", "--quiet", "--baseline", mock, "--candidate", mock, "scenarios/models", "--accept",
                file.resolve("waivers.yaml").toString(), "--reports", dir.resolve("reports").toString());
        assertEquals(Main.BAD_INPUT, r.code(), r.out());
        assertTrue(r.out().contains(file + " is not a folder; name a file in an existing folder"), r.out());
        assertFalse(r.out().contains("baseline PASS"), r.out());
    }
}
