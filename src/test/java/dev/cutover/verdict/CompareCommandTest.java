package dev.cutover.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare command's bad-input paths: exit 2 and a message naming file, line and field; never a stack trace. */
class CompareCommandTest {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {}

    private static Result cutover(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aPlanAndATargetPairTogetherIsAUsageError() {
        Result r = cutover("compare", "--plan", "plans/direct-to-portkey.yaml", "--baseline", "targets/direct-mock.yaml");
        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("either --plan or --baseline with --candidate"), r.err());
    }

    @Test
    void aPlanWithScenarioPathsIsAUsageError() {
        // Filters (--area, --scenario, …) narrow a plan's selection; folders are the plan's to name.
        Result r = cutover("compare", "--plan", "plans/direct-to-portkey.yaml", "scenarios/chat");
        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("the plan's 'scenarios' section names the folders"), r.err());
    }

    @Test
    void aBaselineWithoutCandidateIsAUsageError() {
        Result r = cutover("compare", "--baseline", "targets/direct-mock.yaml");
        assertEquals(Main.BAD_INPUT, r.exit());
    }

    @Test
    void aBrokenPlanNamesFileLineAndFieldAndWritesNoReport() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Path plan = plans.resolve("bad.yaml");
        Files.writeString(plan, "name: bad\nbaseline: ../targets/nope.yaml\ncandidate: ../targets/nope.yaml\n");
        Result r = cutover("compare", "--plan", plan.toString(), "--reports", dir.resolve("reports").toString());
        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("bad.yaml:2: baseline: no such file or folder '../targets/nope.yaml'"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("reports")));
    }

    @Test
    void lintChecksPlansAndTheTargetsTheyName() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Path targets = Files.createDirectories(dir.resolve("targets"));
        Files.writeString(targets.resolve("t.yaml"), "name: t\nbaseUrl: not a url\nfeatures: [chat]\n");
        Files.writeString(plans.resolve("p.yaml"), "name: p\nbaseline: ../targets/t.yaml\ncandidate: ../targets/t.yaml\n");
        Result r = cutover("lint", plans.toString());
        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.out().contains("t.yaml:2: baseUrl:"), r.out());
        Result ok = cutover("lint", "plans/direct-to-portkey.yaml");
        assertEquals(Main.PASS, ok.exit(), ok.out());
    }

    /** A cap one side reaches first (the baseline sends everything twice) leaves the same scenarios out on both sides. */
    @Test
    void aSpendingCapLeavesTheSameScenariosOutOnBothSidesAndTheVerdictIsInconclusive() {
        Result r = cutover("compare", "--baseline", "targets/direct-live.yaml", "--candidate", "targets/direct-live.yaml",
                "--area", "chat", "--max-requests", "6", "--quiet", "--reports", dir.resolve("reports").toString());
        assertEquals(4, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("INCONCLUSIVE"), r.out());
        assertTrue(r.out().contains("bill, baseline: 6 requests"), r.out());
        // The candidate is held to what the baseline could afford: 3 scenarios of one request, not 6.
        assertTrue(r.out().contains("bill, candidate: 3 requests"), r.out());
    }
}
