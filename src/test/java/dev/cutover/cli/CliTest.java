package dev.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.launch.RefusingPort;
import dev.cutover.scenario.RequestSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes, and messages that name file and line. */
class CliTest {
    @TempDir
    Path dir;

    private static CliRun cutover(String... args) {
        return CliRun.of(args);
    }

    /** picocli expands ${…} in help texts: a ${env:…} written plainly there reads "null" to the user. */
    @Test
    void everyCommandsHelpSaysWhatItMeans() {
        for (String command : List.of("init", "run", "compare", "lint", "mock", "import", "load", "overhead", "bench")) {
            CliRun r = CliRun.of(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.out());
            assertTrue(!r.out().contains("null"), command + " --help says null:\n" + r.out());
        }
    }

    @Test
    void lintOfBrokenFilesNamesFileAndLineAndExitsTwo() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("scenarios/chat"));
        Files.writeString(broken.resolve("bad-yaml.yaml"), "id: bad-yaml\ntitle: [unclosed\n");
        Files.writeString(broken.resolve("wrong-id.yaml"), "id: other\ntitle: t\nfeatures: [chat]\nlevel: core\nseverity: major\n"
                + "request: {endpoint: chat.completions}\nexpect: {status: 200}\n");
        Files.writeString(broken.resolve("unknown-key.yaml"), "id: unknown-key\ntitle: t\nfeatures: [chat]\nlevel: core\n"
                + "severity: major\nrequets: {}\n");
        CliRun r = cutover("lint", broken.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains("bad-yaml.yaml:"), r.out());
        assertTrue(r.out().contains("wrong-id.yaml:1: id: id 'other' must equal the file name 'wrong-id'"), r.out());
        assertTrue(r.out().contains("unknown-key.yaml:6: requets: unknown key"), r.out());
        assertTrue(r.out().contains("3 files checked, 3 with problems"), r.out());
    }

    @Test
    void lintRejectsAFirstEventItDoesNotKnow() throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios/streaming"));
        Files.writeString(scenarios.resolve("first-event.yaml"), "id: first-event\ntitle: t\nfeatures: [streaming]\n"
                + "level: core\nseverity: major\nprovider:\n  ttft_ms: 50\n  first_event: with_token\n"
                + "request: {endpoint: chat.completions, body: {stream: true}}\nexpect: {status: 200}\n");
        CliRun r = cutover("lint", scenarios.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains("first-event.yaml:8: provider.first_event: 'with_token' is not one of with_headers, "
                + "with_first_token"), r.out());
    }

    @Test
    void aNegativeSpendingCapIsBadInputForRunAndCompare() {
        CliRun run = cutover("run", "--target", "targets/direct-mock.yaml", "--max-requests", "-1", "scenarios/chat/chat-basic-completion.yaml");
        assertEquals(2, run.code(), run.out());
        assertTrue(run.out().contains("--max-requests and --max-tokens are 0 or more"), run.out());
        CliRun compare = cutover("compare", "--baseline", "targets/direct-mock.yaml", "--candidate", "targets/direct-mock.yaml",
                "--max-tokens", "-5");
        assertEquals(2, compare.code(), compare.out());
        assertTrue(compare.out().contains("--max-requests and --max-tokens are 0 or more"), compare.out());
    }

    @Test
    void lintOfTheShippedCatalogTargetsPlansAndLoadProfilesIsClean() {
        CliRun r = cutover("lint", "scenarios", "targets", "plans", "load");
        assertEquals(0, r.code(), r.out());
    }

    /** One bad file never stops the others: it is an ERROR row, the rest run, and the exit code says bad input. */
    @Test
    void aBrokenScenarioBesideGoodOnesIsAnErrorRowAndTheRunExitsTwo() throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios/chat"));
        Files.copy(Path.of("scenarios/models/models-list-schema.yaml"), scenarios.resolve("models-list-schema.yaml"));
        Files.writeString(scenarios.resolve("status-1000.yaml"), "id: status-1000\ntitle: t\nfeatures: [chat]\nlevel: core\n"
                + "severity: major\nrequest: {endpoint: chat.completions}\nexpect:\n  status: 1000\n");
        CliRun r = cutover("run", "--target", "targets/direct-mock.yaml", "--reports", dir.resolve("reports").toString(),
                scenarios.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains("error: " + scenarios.resolve("status-1000.yaml") + ":8: expect.status: must be from 100 to 599"),
                r.out());
        assertTrue(r.out().contains("PASS chat/models-list-schema"), r.out());
        assertTrue(r.out().contains("ERR  chat/status-1000"), r.out());
        assertTrue(r.out().contains("1 passed, 0 failed, 0 not supported, 1 errors"), r.out());
    }

    @Test
    void runAgainstNothingListeningExitsOneWithADiagnosis() throws Exception {
        try (RefusingPort nowhere = new RefusingPort()) {
            int port = nowhere.number();
            Path target = dir.resolve("nowhere.yaml");
            Files.writeString(target, "name: nowhere\nbaseUrl: http://127.0.0.1:" + port + "/v1\nupstream: mock\n"
                    + "models: {chat: m, embedding: e}\nfeatures: [chat, streaming]\n");
            long start = System.nanoTime();
            CliRun r = cutover("run", "--quiet", "--target", target.toString(), "--reports", dir.resolve("reports").toString());
            assertEquals(1, r.code(), r.out());
            assertTrue(r.out().contains("diagnosis: not run: nothing listens at 127.0.0.1:" + port), r.out());
            // The bound is one request's own timeout: a run that waited on the refused port for anything would
            // take at least that long; diagnosing a refusal takes milliseconds.
            double ms = (System.nanoTime() - start) / 1e6;
            assertTrue(ms < RequestSpec.DEFAULT_TIMEOUT_MS, "no hang: " + ms + " ms");
        }
    }

    @Test
    void aRefusedKeyGivesOneDiagnosisNotFortyFailures() throws Exception {
        Path target = dir.resolve("wrong-key.yaml");
        Files.writeString(target, "name: wrong-key\nbaseUrl: ${mock.url}/v1\nupstream: mock\n"
                + "auth: {header: Authorization, scheme: Bearer, key: sk-not-the-mock-key}\n"
                + "models: {chat: m, embedding: e}\nfeatures: [chat, streaming]\n");
        CliRun r = cutover("run", "--quiet", "--target", target.toString(), "--reports", dir.resolve("reports").toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("diagnosis: not run: the target refused its key (HTTP 401"), r.out());
        assertTrue(!r.out().contains("sk-not-the-mock-key"), "the key is masked: " + r.out());
    }

    @Test
    void badTargetProfileExitsTwo() throws Exception {
        Path target = dir.resolve("bad.yaml");
        Files.writeString(target, "name: bad\nbaseUrl: http://127.0.0.1:1\nfeatures: [chat, teleport]\n");
        CliRun r = cutover("run", "--target", target.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains("bad.yaml:3: features[1]: unknown feature 'teleport'"), r.out());
    }

    @Test
    void loadOfAPlanWithoutALoadPartExitsTwoNamingThePlan() throws Exception {
        Path plan = dir.resolve("no-load.yaml");
        Files.writeString(plan, "name: no-load\nbaseline: " + Path.of("targets/direct-mock.yaml").toAbsolutePath()
                + "\ncandidate: " + Path.of("targets/direct-mock.yaml").toAbsolutePath() + "\n");
        CliRun r = cutover("load", "--plan", plan.toString(), "--reports", dir.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains("error: " + plan + " has no 'load' part to run"), r.out());
    }

    @Test
    void loadOfAPlanTakesItsTargetsFromThePlan() {
        CliRun r = cutover("load", "--plan", "plans/direct-to-portkey.yaml", "--target", "targets/direct-mock.yaml");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().contains("error: a plan names its baseline and candidate; drop --target"), r.out());
    }

    @Test
    void loadOfAPlanWithAMissingProfileNamesFileLineAndField() throws Exception {
        Path plan = dir.resolve("plans/missing-profile.yaml");
        Files.createDirectories(plan.getParent());
        Files.writeString(plan, "name: missing-profile\nbaseline: " + Path.of("targets/direct-mock.yaml").toAbsolutePath()
                + "\ncandidate: " + Path.of("targets/direct-mock.yaml").toAbsolutePath()
                + "\nload:\n  profile: ../load/chat-steady.yaml\n");
        for (String[] args : List.of(new String[] {"load", "--plan", plan.toString()}, new String[] {"lint", plan.toString()})) {
            CliRun r = cutover(args);
            assertEquals(2, r.code(), r.out());
            assertTrue(r.out().contains("missing-profile.yaml:5: load.profile: no such file or folder '../load/chat-steady.yaml'"),
                    r.out());
        }
    }
}
