package dev.cutover.parity;

import static dev.cutover.parity.Exchanges.completion;
import static dev.cutover.parity.Exchanges.json;
import static dev.cutover.parity.Exchanges.outcome;
import static dev.cutover.parity.Exchanges.passed;
import static dev.cutover.parity.Exchanges.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cutover.run.Outcome;
import dev.cutover.run.Status;
import dev.cutover.scenario.Severity;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.SentRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParityTest {
    private static final Observation OK = json(200, completion("chatcmpl-AAAA1111bbbb", 1, "Paris.", 6));

    @Test
    void theSameBehaviourOnBothSidesGivesNoDifference() {
        Observation other = json(200, completion("chatcmpl-QQQQ7777rrrr", 9, "Paris.", 6));
        ParityResult p = Parity.compare(List.of(runs(passed("a", OK), passed("a", other), passed("a", other))), false);
        assertEquals(List.of(), p.differences());
        assertEquals(1, p.stepsCompared());
    }

    @Test
    void aHiddenResetIsABreakingTransportDifferenceAndAFailedOutcome() {
        Observation broken = Exchanges.withTransportError(Exchanges.stream(List.of("Hel"), false), "stream broken: reset");
        Observation clean = Exchanges.stream(List.of("Hel"), false);
        ParityResult p = Parity.compare(List.of(runs(passed("reset", broken), passed("reset", broken),
                outcome("reset", "streaming", Severity.MAJOR, Status.FAILED, clean))), false);
        assertEquals(List.of("outcome", "transport"), p.differences().stream().map(Difference::path).toList());
        p.differences().forEach(d -> assertEquals(DiffClass.BREAKING, d.diffClass()));
        assertEquals("stream broken off", p.differences().get(1).baseline());
    }

    @Test
    void aScenarioTheCandidateDoesNotSupportShowsOnlyInItsOutcome() {
        Outcome skipped = outcome("a", "chat", Severity.MAJOR, Status.NOT_SUPPORTED);
        ParityResult p = Parity.compare(List.of(runs(passed("a", OK), passed("a", OK), skipped)), false);
        assertEquals(1, p.differences().size());
        assertEquals(new Change("outcome", "PASSED", "NOT_SUPPORTED"), new Change(p.differences().get(0).path(),
                p.differences().get(0).baseline(), p.differences().get(0).candidate()));
    }

    @Test
    void whatReachedTheProviderIsComparedOnlyWhenTheMockCouldFileItOnBothSides() {
        SentRequest unmarked = new SentRequest("POST", "http://x/v1/y", Headers.EMPTY, "{\"model\":\"m\"}");
        Observation direct = new Observation(unmarked, 400, OK.headers(), "{}", List.of(), List.of(), OK.timings(), null, OK.upstream());
        Observation gatewayDroppedHeader = Exchanges.withUpstream(
                new Observation(unmarked, 400, OK.headers(), "{}", List.of(), List.of(), OK.timings(), null, List.of()), List.of());
        assertEquals(List.of(), Parity.compare(List.of(runs(passed("u", direct), passed("u", direct),
                passed("u", gatewayDroppedHeader))), false).differences());
        // With the marker in the content, an empty journal is real: the gateway answered alone.
        Observation answeredAlone = Exchanges.withUpstream(OK, List.of());
        List<Difference> ds = Parity.compare(List.of(runs(passed("m", OK), passed("m", OK), passed("m", answeredAlone))), false)
                .differences();
        assertEquals(List.of("upstream.count"), ds.stream().map(Difference::path).toList());
    }

    @Test
    void aParameterTheGatewayRewritesOnTheWayToTheProviderIsBehavioural() {
        Observation clamped = Exchanges.withUpstream(OK, List.of(Exchanges.upstream("{\"model\":\"gpt-4o-mini\",\"temperature\":2}")));
        List<Difference> ds = Parity.compare(List.of(runs(passed("p", OK), passed("p", OK), passed("p", clamped))), false).differences();
        assertEquals(1, ds.size());
        assertEquals("upstream.body.$.temperature", ds.get(0).path());
        assertEquals(DiffClass.BEHAVIOURAL, ds.get(0).diffClass());
    }
}
