package dev.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"litellm", "dial", "worldflow", "portkey", "direct"})
    void everyKindWritesFilesThatLintClean(String kind) {
        CliRun init = CliRun.of("init", kind, "--dir", dir.toString());
        assertEquals(0, init.code(), init.out());
        assertTrue(init.out().contains("./cutover run --target " + dir.resolve("targets/" + kind + "-local.yaml")), init.out());
        CliRun lint = CliRun.of("lint", dir.resolve("targets").toString(), dir.resolve("plans").toString(),
                dir.resolve("scenarios").toString());
        assertEquals(0, lint.code(), lint.out());
    }

    @Test
    void thePrintedCommandGivesAFirstReportWithoutEditingAFile() {
        assertEquals(0, CliRun.of("init", "litellm", "--dir", dir.toString()).code());
        CliRun run = CliRun.of("run", "--target", dir.resolve("targets/litellm-local.yaml").toString(),
                dir.resolve("scenarios/my-team").toString(), "--reports", dir.resolve("reports").toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("1 passed"), run.out());
    }

    @Test
    void nothingIsOverwritten() {
        assertEquals(0, CliRun.of("init", "dial", "--dir", dir.toString()).code());
        CliRun again = CliRun.of("init", "dial", "--dir", dir.toString());
        assertEquals(2, again.code());
        assertTrue(again.out().contains("never overwrites"), again.out());
    }

    /** The local profiles are the shipped stand-in profiles under another name: a change to one must reach the other. */
    @ParameterizedTest
    @ValueSource(strings = {"litellm", "dial", "worldflow"})
    void localProfilesFollowTheShippedStandIns(String kind) throws IOException {
        String shipped = Files.readString(Path.of("targets/standins/" + kind + ".yaml"));
        String template = new String(InitCommandTest.class.getResourceAsStream("/init/" + kind + "/local.yaml").readAllBytes());
        assertEquals(withoutNameAndKnown(shipped), withoutNameAndKnown(template));
    }

    private static String withoutNameAndKnown(String profile) {
        return profile.lines().filter(l -> !l.startsWith("name:") && !l.startsWith("knownDifferences:"))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void unknownKindIsBadInput() {
        CliRun r = CliRun.of("init", "nginx", "--dir", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("known: litellm, dial, worldflow, portkey, direct"), r.out() + Map.of());
    }
}
