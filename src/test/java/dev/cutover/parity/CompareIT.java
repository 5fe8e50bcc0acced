package dev.cutover.parity;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cutover.mock.MockOptions;
import dev.cutover.report.CompareReports;
import dev.cutover.scenario.Selection;
import dev.cutover.verdict.CompareRun;
import dev.cutover.verdict.ComparisonResult;
import dev.cutover.verdict.Impact;
import dev.cutover.verdict.Plan;
import dev.cutover.verdict.PlanReader;
import dev.cutover.verdict.Verdict;
import dev.cutover.verdict.Weighed;
import io.qameta.allure.Allure;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compare in Maven. {@code -Dcutover.plan=plans/x.yaml} (or {@code -Dcutover.baseline=… -Dcutover.candidate=…})
 * gates on the verdict: one test per scenario, failed when it has a blocking difference, and a verdict test
 * failed on NO-GO. Without them, {@code mvn verify} runs the real direct-to-portkey plan once and checks that
 * Portkey's measured differences are the ones named, and that a target compared with itself is GO with no
 * difference five times out of five.
 */
class CompareIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    /**
     * Where Portkey 1.15.2 really differs from calling the provider directly, measured here (docs/parity.md):
     * it hides a mid-stream reset, and it sends an Authorization header upstream when the client sent
     * none, so the provider's 401 carries code invalid_api_key instead of null; and it clamps an
     * out-of-range temperature (3.5 → 2) and top_p (7 → 1) on the way, so the provider's 400 for them never
     * comes (the two scenarios pass direct and are known differences through Portkey).
     */
    private static final Set<String> PORTKEY_BLOCKING = Set.of("stream-reset-mid-stream-not-hidden outcome",
            "stream-reset-mid-stream-not-hidden#0 transport", "auth-missing-key-401#0 body.$.error.code",
            "errors-400-param-preserved outcome", "headers-error-json-content-type outcome");

    private static boolean gateGiven() {
        return !System.getProperty("cutover.plan", "").isBlank() || !System.getProperty("cutover.baseline", "").isBlank();
    }

    @TestFactory
    Stream<DynamicTest> gate() {
        Assumptions.assumeTrue(gateGiven(), "no -Dcutover.plan or -Dcutover.baseline/-Dcutover.candidate given: nothing to gate on");
        String planFile = System.getProperty("cutover.plan", "");
        Plan plan = !planFile.isBlank() ? PlanReader.read(PROJECT.resolve(planFile))
                : Plan.adHoc(PROJECT.resolve(System.getProperty("cutover.baseline")), PROJECT.resolve(System.getProperty("cutover.candidate", "")),
                        new Selection(List.of(PROJECT.resolve("scenarios")), List.of(), List.of(), List.of(), List.of()));
        ComparisonResult r = compare(plan);
        boolean failOnWarnings = Boolean.getBoolean("cutover.failOnWarnings");
        List<DynamicTest> tests = new ArrayList<>(perScenario(r, Set.of()));
        tests.add(dynamicTest("verdict: " + r.verdict().label(), () -> {
            boolean fails = r.verdict() == Verdict.NO_GO || failOnWarnings && r.verdict() == Verdict.GO_WITH_WARNINGS;
            if (fails) Assertions.fail(r.verdict().label() + ":\n" + String.join("\n", r.decision().reasons()));
        }));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> portkeyDifferencesAreNamed() {
        Assumptions.assumeFalse(gateGiven(), "a plan to gate on was given; the default real comparison is skipped");
        ComparisonResult r = compare(PlanReader.read(PROJECT.resolve("plans/direct-to-portkey.yaml")));
        List<DynamicTest> tests = new ArrayList<>(perScenario(r, PORTKEY_BLOCKING));
        tests.add(dynamicTest("verdict is NO-GO for the measured reasons", () -> {
            Assertions.assertEquals(Verdict.NO_GO, r.verdict(), String.join("\n", r.decision().reasons()));
            Assertions.assertEquals(PORTKEY_BLOCKING, blockingKeys(r.decision().differences()));
        }));
        return tests.stream();
    }

    /** Five compares of the embedded mock with itself over the busiest areas: GO, no difference, every time. */
    @Test
    void aTargetComparedWithItselfIsGoWithNoDifferenceFiveTimesOutOfFive() {
        Assumptions.assumeFalse(gateGiven(), "a plan to gate on was given");
        Path direct = PROJECT.resolve("targets/direct-mock.yaml");
        Plan self = Plan.adHoc(direct, direct, new Selection(List.of(PROJECT.resolve("scenarios")),
                List.of("chat", "streaming", "errors", "tools"), List.of(), List.of(), List.of()));
        List<String> runs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            try (CompareRun run = CompareRun.open(self, MockOptions.defaults())) {
                ComparisonResult r = run.run((done, total, x) -> { }, Clock.systemUTC());
                runs.add(i + ": " + r.verdict().label() + ", " + r.parity().differences().size() + " differences, "
                        + r.parity().stepsCompared() + " steps compared"
                        + r.parity().differences().stream().map(d -> "\n   " + d.key() + " " + d.summary()).collect(Collectors.joining()));
            }
        }
        System.out.println("self-compare of direct-mock:\n" + String.join("\n", runs));
        Assertions.assertTrue(runs.stream().allMatch(s -> s.contains(": GO, 0 differences")), String.join("\n", runs));
    }

    private static ComparisonResult compare(Plan plan) {
        try (CompareRun run = CompareRun.open(plan, MockOptions.defaults())) {
            ComparisonResult r = run.run((done, total, x) -> { }, Clock.systemUTC());
            Path dir = CompareReports.newDir(PROJECT.resolve("target/self-test-reports"), plan.name(), r.startedAt());
            CompareReports.write(r, run.redactor(), dir);
            System.out.println("cutover compare " + plan.name() + ": " + r.verdict().label() + "; report: " + dir.resolve("index.html"));
            return r;
        }
    }

    /** One test per scenario; it fails on a blocking difference that is not among {@code expected}. */
    private static List<DynamicTest> perScenario(ComparisonResult r, Set<String> expected) {
        return r.runs().stream().map(x -> {
            List<Weighed> mine = r.decision().differences().stream().filter(w -> w.difference().scenarioId().equals(x.scenarioId())).toList();
            return dynamicTest(x.scenarioId() + " — " + x.baseline().title(), x.baseline().file() == null ? null : x.baseline().file().toUri(), () -> {
                Allure.epic("compare " + r.plan().name());
                Allure.feature(x.baseline().area());
                String text = mine.stream().map(w -> w.counted().name().toLowerCase() + " " + w.difference().diffClass().name().toLowerCase()
                        + " " + w.difference().summary() + " — " + w.difference().why()).collect(Collectors.joining("\n"));
                Allure.addAttachment("differences", "text/plain", text.isEmpty() ? "none" : text, "txt");
                Set<String> unexpected = new TreeSet<>(blockingKeys(mine));
                unexpected.removeAll(expected);
                if (!unexpected.isEmpty()) Assertions.fail("blocking differences: " + unexpected + "\n" + text);
            });
        }).toList();
    }

    private static Set<String> blockingKeys(List<Weighed> ws) {
        return ws.stream().filter(w -> w.counted() == Impact.BLOCKING).map(w -> w.difference().key()).collect(Collectors.toCollection(TreeSet::new));
    }
}
