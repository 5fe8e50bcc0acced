package dev.cutover.parity;

import static dev.cutover.parity.Exchanges.completion;
import static dev.cutover.parity.Exchanges.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DifferTest {

    private static List<Change> diff(dev.cutover.wire.Observation a, dev.cutover.wire.Observation b) {
        return Differ.diff(Snapshot.of(a, false), Snapshot.of(b, false));
    }

    @Test
    void twoCallsThatDifferOnlyInIdsTimesAndDatesAreTheSame() {
        var a = json(200, completion("chatcmpl-AAAA1111bbbb", 1700000000, "Paris.", 6),
                Map.of("Date", "Sun, 22 Nov 2026 13:48:22 GMT", "x-request-id", "req_1"), 40);
        var b = json(200, completion("chatcmpl-ZZZZ9999yyyy", 1700000042, "Paris.", 6),
                Map.of("date", "Sun, 22 Nov 2026 13:49:01 GMT", "X-Request-Id", "req_2"), 75);
        assertEquals(List.of(), diff(a, b));
    }

    @Test
    void aMissingFieldAChangedValueAndAnExtraHeaderAreEachNamedByPath() {
        var a = json(200, completion("chatcmpl-AAAA1111bbbb", 1, "Paris.", 6));
        String body = completion("chatcmpl-BBBB2222cccc", 2, "Lyon.", 6).replace(",\"finish_reason\":\"stop\"", "");
        var b = json(200, body, Map.of("Date", "x", "x-gateway", "yes"), 40);
        List<Change> changes = diff(a, b);
        assertEquals(List.of(
                new Change("body.$.choices[0].finish_reason", "\"stop\"", null),
                new Change("body.$.choices[0].message.content", "\"Paris.\"", "\"Lyon.\""),
                new Change("header.x-gateway", null, "yes")), changes);
    }

    @Test
    void tokenCountsAreEqualWithinTheTolerance() {
        var a = json(200, completion("chatcmpl-AAAA1111bbbb", 1, "x", 100));
        assertEquals(List.of(), diff(a, json(200, completion("chatcmpl-AAAA1111bbbb", 1, "x", 108))));
        List<Change> far = diff(a, json(200, completion("chatcmpl-AAAA1111bbbb", 1, "x", 120)));
        assertEquals(List.of("body.$.usage.prompt_tokens", "body.$.usage.total_tokens"), far.stream().map(Change::path).toList());
    }

    @Test
    void timingsDifferOnlyWhenMoreThanASecondAndTwiceApart() {
        String body = completion("chatcmpl-AAAA1111bbbb", 1, "x", 1);
        var fast = json(200, body, Map.of(), 60);
        assertEquals(List.of(), diff(fast, json(200, body, Map.of(), 900)));
        assertEquals(List.of(new Change("timing.total_ms", "60", "2500")), diff(fast, json(200, body, Map.of(), 2500)));
        assertEquals(List.of(), diff(json(200, body, Map.of(), 3000), json(200, body, Map.of(), 5500)));
    }

    @Test
    void aStreamWithoutDoneDiffersAndReChunkingOnlyChangesTheEventCount() {
        var whole = Exchanges.stream(List.of("Hello ", "world"), true);
        List<Change> rechunked = diff(whole, Exchanges.stream(List.of("Hel", "lo ", "world"), true));
        assertEquals(List.of(new Change("stream.events", "3", "4")), rechunked);
        List<Change> noDone = diff(whole, Exchanges.stream(List.of("Hello ", "world"), false));
        assertEquals(List.of(new Change("stream.done", "true", "false")), noDone);
        List<Change> otherText = diff(whole, Exchanges.stream(List.of("Hello ", "there"), true));
        assertTrue(otherText.contains(new Change("stream.content", "\"Hello world\"", "\"Hello there\"")), otherText.toString());
    }

    @Test
    void withARealModelGeneratedTextIsNotCompared() {
        var a = json(200, completion("chatcmpl-AAAA1111bbbb", 1, "Paris.", 6));
        var b = json(200, completion("chatcmpl-AAAA1111bbbb", 1, "It is Paris.", 6));
        assertEquals(List.of(), Differ.diff(Snapshot.of(a, true), Snapshot.of(b, true)));
        assertEquals(1, diff(a, b).size());
    }

    @Test
    void withARealModelHowMuchItWroteAndWhereItStoppedAreNotComparedButAToolCallEndIs() {
        var a = json(200, completion("chatcmpl-AAAA1111bbbb", 1, "Paris.", 6));
        var longer = json(200, completion("chatcmpl-AAAA1111bbbb", 1, "It is Paris", 6)
                .replace("\"completion_tokens\":5,\"total_tokens\":11", "\"completion_tokens\":16,\"total_tokens\":22")
                .replace("\"finish_reason\":\"stop\"", "\"finish_reason\":\"length\""));
        assertEquals(List.of(), Differ.diff(Snapshot.of(a, true), Snapshot.of(longer, true)));
        assertEquals(List.of("body.$.choices[0].finish_reason", "body.$.choices[0].message.content", "body.$.usage.completion_tokens",
                "body.$.usage.total_tokens"), diff(a, longer).stream().map(Change::path).toList(), "behind the mock they are");
        var toolCall = json(200, completion("chatcmpl-AAAA1111bbbb", 1, "Paris.", 6)
                .replace("\"finish_reason\":\"stop\"", "\"finish_reason\":\"tool_calls\""));
        assertEquals(List.of("body.$.choices[0].finish_reason"),
                Differ.diff(Snapshot.of(a, true), Snapshot.of(toolCall, true)).stream().map(Change::path).toList());
        var withLogprobs = json(200, completion("chatcmpl-AAAA1111bbbb", 1, "Paris.", 6).replace("\"finish_reason\"",
                "\"logprobs\":{\"content\":[{\"token\":\"Paris\",\"logprob\":-0.1,\"bytes\":[80,97]}]},\"finish_reason\""));
        var otherLogprobs = json(200, completion("chatcmpl-AAAA1111bbbb", 1, "Paris.", 6).replace("\"finish_reason\"",
                "\"logprobs\":{\"content\":[{\"token\":\"It\",\"logprob\":-2,\"bytes\":[73]},{\"token\":\"!\",\"logprob\":0,"
                        + "\"bytes\":[33]}]},\"finish_reason\""));
        assertEquals(List.of(), Differ.diff(Snapshot.of(withLogprobs, true), Snapshot.of(otherLogprobs, true)));
        assertEquals(List.of("body.$.choices[0].logprobs.content"),
                Differ.diff(Snapshot.of(withLogprobs, true), Snapshot.of(a, true)).stream().map(Change::path).toList(),
                "logprobs dropped on the way is still a difference");
        var fewerPromptTokens = json(200, completion("chatcmpl-AAAA1111bbbb", 1, "Paris.", 60));
        assertTrue(Differ.diff(Snapshot.of(a, true), Snapshot.of(fewerPromptTokens, true)).stream()
                .anyMatch(c -> c.path().equals("body.$.usage.prompt_tokens")), "the prompt's count is still compared");
    }

    @Test
    void credentialHeadersKeepOnlyTheirScheme() {
        var a = Exchanges.withUpstream(json(200, "{}"), List.of(new dev.cutover.wire.ReceivedRequest("POST", "/v1/x", null,
                dev.cutover.wire.Headers.of(Map.of("authorization", List.of("Bearer sk-live-secret"))), "{}", 0)));
        assertEquals("Bearer ***", Snapshot.of(a, false).get("upstream.header.authorization"));
    }
}
