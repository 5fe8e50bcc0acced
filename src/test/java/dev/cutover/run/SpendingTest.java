package dev.cutover.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.scenario.Level;
import dev.cutover.scenario.RequestSpec;
import dev.cutover.scenario.Scenario;
import dev.cutover.scenario.Severity;
import dev.cutover.scenario.Step;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.SentRequest;
import dev.cutover.wire.SseEvent;
import dev.cutover.wire.Timings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bill counts every request per model with the tokens its usage reports; the cap refuses what would pass it. */
class SpendingTest {

    @Test
    void requestsAndTokensAreCountedPerModelFromBodiesAndStreams() {
        Spending s = new Spending(true);
        s.record(answer("gpt-4o-mini", "{\"usage\": {\"prompt_tokens\": 9, \"completion_tokens\": 4, \"total_tokens\": 13}}"));
        s.record(stream("gpt-4o-mini", "{\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,\"total_tokens\":7}}"));
        s.record(answer("text-embedding-3-small", "{\"usage\": {\"prompt_tokens\": 3, \"total_tokens\": 3}}"));
        s.record(new Observation(new SentRequest("GET", "http://g/v1/models", Headers.EMPTY, null), 200, Headers.EMPTY, "{}",
                List.of(), List.of(), new Timings(1, null, 2), null, List.of()));
        Bill bill = s.bill();
        assertTrue(bill.realUpstream());
        assertEquals(4, bill.requests());
        assertEquals(17, bill.promptTokens());
        assertEquals(6, bill.completionTokens());
        assertEquals(List.of(new Bill.Line("(none)", 1, 0, 0), new Bill.Line("gpt-4o-mini", 2, 14, 6),
                new Bill.Line("text-embedding-3-small", 1, 3, 0)), bill.models());
        assertEquals("4 requests, 23 tokens (17 prompt, 6 completion); cap 200 requests, 100,000 tokens", bill.summary());
    }

    @Test
    void aScenarioIsStartedOnlyWhenAllItsRequestsFitUnderTheCap() {
        Spending s = new Spending(true);
        s.limit(new Cap(3, 1_000));
        for (int i = 0; i < 2; i++) s.record(answer("m", "{}"));
        assertNull(s.refusal(scenario(1)), "one more request fits");
        String refused = s.refusal(scenario(2));
        assertTrue(refused != null && refused.contains("request cap is reached (2 of 3 requests sent, this scenario needs 2"), refused);
        assertEquals(1, s.bill().notRun());
    }

    @Test
    void theTokenCapStopsNewScenariosOnceReached() {
        Spending s = new Spending(true);
        s.limit(new Cap(100, 10));
        s.record(answer("m", "{\"usage\": {\"prompt_tokens\": 8, \"completion_tokens\": 2, \"total_tokens\": 10}}"));
        String refused = s.refusal(scenario(1));
        assertTrue(refused != null && refused.contains("token cap is reached (10 of 10 tokens used"), refused);
    }

    @Test
    void behindTheMockNothingIsCapped() {
        Spending s = new Spending(false);
        assertTrue(s.bill().cap().unlimited());
        assertFalse(s.bill().realUpstream());
        assertNull(s.refusal(scenario(50)));
    }

    private static Scenario scenario(int steps) {
        List<Step> all = new java.util.ArrayList<>();
        for (int i = 0; i < steps; i++) {
            all.add(new Step("s" + i, ProviderScript.DEFAULT, RequestSpec.of(Endpoint.CHAT_COMPLETIONS, null, 1000), List.of(), 1));
        }
        return new Scenario("x", "t", List.of(), Level.CORE, Severity.MAJOR, List.of(), all, Path.of("x.yaml"), "chat", List.of());
    }

    private static Observation answer(String model, String body) {
        return new Observation(sent(model), 200, Headers.EMPTY, body, List.of(), List.of(), new Timings(1, null, 2), null, List.of());
    }

    private static Observation stream(String model, String usageChunk) {
        List<SseEvent> events = List.of(new SseEvent(null, "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}", 1.0),
                new SseEvent(null, usageChunk, 2.0), new SseEvent(null, "[DONE]", 3.0));
        return new Observation(sent(model), 200, Headers.EMPTY, "", events, List.of(), new Timings(1, 1.0, 3), null, List.of());
    }

    private static SentRequest sent(String model) {
        return new SentRequest("POST", "http://g/v1/chat/completions", Headers.EMPTY, "{\"model\": \"" + model + "\"}");
    }
}
