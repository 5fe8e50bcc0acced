package dev.cutover.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.parity.DiffClass;
import dev.cutover.parity.Difference;
import dev.cutover.parity.ParityResult;
import dev.cutover.parity.ScenarioRuns;
import dev.cutover.run.Outcome;
import dev.cutover.run.Status;
import dev.cutover.scenario.Feature;
import dev.cutover.scenario.ScenarioInfo;
import dev.cutover.scenario.Selection;
import dev.cutover.scenario.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgeTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Side A = new Side("baseline", "a", "direct", "http://a", null, "mock", List.of(Feature.CHAT, Feature.STREAMING), Path.of("a.yaml"));
    static final Side B = new Side("candidate", "b", "portkey", "http://b", null, "mock", List.of(Feature.CHAT, Feature.STREAMING), Path.of("b.yaml"));
    static final List<ScenarioRuns> ONE_RAN = List.of(runs("s1", Status.PASSED, Status.PASSED));

    static ScenarioRuns runs(String id, Status a, Status b) {
        return new ScenarioRuns(outcome(id, a), outcome(id, a), outcome(id, b));
    }

    static Outcome outcome(String id, Status s) {
        return new Outcome(new ScenarioInfo(id, id, "streaming", List.of(Feature.CHAT), null, Severity.MAJOR, Path.of(id)), "t", s, null,
                List.of(), 1);
    }

    static Difference diff(String scenario, String path, DiffClass c, Severity severity) {
        return new Difference(scenario, "T", "streaming", List.of(Feature.STREAMING), severity, 0, "request", path, "true", "false", c, "because");
    }

    static Plan plan(List<Feature> required, List<Waiver> waivers) {
        return new Plan("p", null, null, Path.of("a.yaml"), Path.of("b.yaml"),
                new Selection(List.of(), List.of(), List.of(), List.of(), List.of()), required, Policy.DEFAULT, waivers, null);
    }

    static Decision decide(Plan plan, Side b, List<ScenarioRuns> runs, Difference... ds) {
        return Judge.decide(plan, new ParityResult(List.of(ds), 0, List.of(), 1), runs, A, b, TODAY);
    }

    @Test
    void noDifferenceIsGo() {
        Decision d = decide(plan(List.of(), List.of()), B, ONE_RAN);
        assertEquals(Verdict.GO, d.verdict());
        assertEquals(List.of("no difference in 1 scenario compared"), d.reasons());
    }

    @Test
    void aBreakingDifferenceIsNoGoWithAReasonNamingAreaScenarioAndField() {
        Decision d = decide(plan(List.of(), List.of()), B, ONE_RAN, diff("s1", "stream.done", DiffClass.BREAKING, Severity.BLOCKER));
        assertEquals(Verdict.NO_GO, d.verdict());
        assertEquals("1 blocking difference in streaming: s1 (stream.done: true → false — because)", d.reasons().get(0));
    }

    @Test
    void behaviouralDifferencesAndMinorBreakingOnesWarn() {
        assertEquals(Verdict.GO_WITH_WARNINGS, decide(plan(List.of(), List.of()), B, ONE_RAN,
                diff("s1", "upstream.count", DiffClass.BEHAVIOURAL, Severity.BLOCKER)).verdict());
        assertEquals(Verdict.GO_WITH_WARNINGS, decide(plan(List.of(), List.of()), B, ONE_RAN,
                diff("s1", "stream.done", DiffClass.BREAKING, Severity.MINOR)).verdict());
        assertEquals(Verdict.GO, decide(plan(List.of(), List.of()), B, ONE_RAN,
                diff("s1", "header.x", DiffClass.COSMETIC, Severity.BLOCKER)).verdict());
    }

    @Test
    void aLiveWaiverAcceptsADifferenceAndAnExpiredOneStopsCounting() {
        Difference d = diff("s1", "stream.done", DiffClass.BREAKING, Severity.BLOCKER);
        Waiver live = new Waiver("s1", "stream.*", "accepted", TODAY, Path.of("p.yaml"), 3);
        Decision waived = decide(plan(List.of(), List.of(live)), B, ONE_RAN, d);
        assertEquals(Verdict.GO, waived.verdict());
        assertEquals(live, waived.differences().get(0).waivedBy());

        Waiver expired = new Waiver("s1", null, "accepted", TODAY.minusDays(1), Path.of("p.yaml"), 3);
        Decision again = decide(plan(List.of(), List.of(expired)), B, ONE_RAN, d);
        assertEquals(Verdict.NO_GO, again.verdict());
        assertTrue(again.reasons().stream().anyMatch(r -> r.contains("expired on 2026-05-31 and no longer counts")), again.reasons().toString());
    }

    @Test
    void aWaiverForAnotherFieldDoesNotApply() {
        Waiver other = new Waiver(null, "header.*", "accepted", TODAY, Path.of("p.yaml"), 3);
        Decision d = decide(plan(List.of(), List.of(other)), B, ONE_RAN, diff("s1", "stream.done", DiffClass.BREAKING, Severity.BLOCKER));
        assertEquals(Verdict.NO_GO, d.verdict());
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("matched no difference")));
    }

    @Test
    void aRequiredFeatureTheCandidateLacksIsNoGo() {
        Side noStreaming = new Side("candidate", "b", "dial", "http://b", null, "mock", List.of(Feature.CHAT), Path.of("b.yaml"));
        Decision d = decide(plan(List.of(Feature.STREAMING), List.of()), noStreaming, ONE_RAN);
        assertEquals(Verdict.NO_GO, d.verdict());
        assertTrue(d.reasons().get(0).startsWith("required feature 'streaming' is not offered by the candidate b"));
    }

    @Test
    void nothingComparedIsNoGoEvenWithoutDifferences() {
        Decision d = decide(plan(List.of(), List.of()), B, List.of(runs("s1", Status.ERROR, Status.ERROR)));
        assertEquals(Verdict.NO_GO, d.verdict());
        assertTrue(d.reasons().contains("no scenario ran on both sides: nothing was compared"));
    }

    @Test
    void aStandInSideIsNamedInTheReasons() {
        Side standIn = new Side("candidate", "litellm", "litellm", "http://b", "litellm", "mock", List.of(Feature.CHAT, Feature.STREAMING), Path.of("b.yaml"));
        Decision d = decide(plan(List.of(), List.of()), standIn, ONE_RAN);
        assertTrue(d.reasons().stream().anyMatch(r -> r.startsWith("the candidate is cutover's stand-in for litellm")), d.reasons().toString());
    }

    @Test
    void policyCanMakeBehaviouralDifferencesBlock() {
        Plan strict = new Plan("p", null, null, Path.of("a"), Path.of("b"), plan(List.of(), List.of()).selection(), List.of(),
                new Policy(Map.of(DiffClass.BEHAVIOURAL, Impact.BLOCKING)), List.of(), null);
        assertEquals(Verdict.NO_GO, decide(strict, B, ONE_RAN, diff("s1", "upstream.count", DiffClass.BEHAVIOURAL, Severity.MAJOR)).verdict());
    }
}
