package dev.cutover.expect;

import static dev.cutover.expect.Observations.stream;
import static dev.cutover.expect.Samples.delta;
import static dev.cutover.expect.Samples.finish;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderScript;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every {@code stream:} expectation on hand-built SSE events. */
class StreamExpectationsTest {

    private static final ProviderScript SAYS_HELLO = ProviderScript.builder().content("Hello world").build();

    private static final Observation HELLO = stream(
            Samples.CHUNK, delta(0, "Hello"), delta(0, " world"), finish("stop"), Samples.USAGE_CHUNK, "[DONE]");

    private static List<String> check(String streamYaml, Observation o, ProviderScript provider) {
        List<Expectation> all = YamlText.parse("expect:\n  stream:\n" + streamYaml.indent(4));
        return all.stream().flatMap(e -> e.check(o, new ExpectContext(provider, "sk-client")).stream()).toList();
    }

    private static List<String> check(String streamYaml, Observation o) {
        return check(streamYaml, o, SAYS_HELLO);
    }

    @Test
    void endsWithDone() {
        assertEquals(List.of(), check("ends_with_done: true", HELLO));
        assertEquals(List.of("stream: expected the last event to be [DONE], it was " + finish("stop")),
                check("ends_with_done: true", stream(delta(0, "Hi"), finish("stop"))));
        assertEquals(List.of(), check("ends_with_done: false", stream(delta(0, "Hi"))));
        assertEquals(List.of(), check("ends_with_done: false", Observations.withTransportError(stream(), "stream broken: EOF")),
                "a stream cut before its first event does not end with [DONE]");
        assertEquals(1, check("ends_with_done: false", stream(delta(0, "Hi"), "[DONE]")).size());
        assertEquals(List.of("stream: expected one [DONE], it was sent 2 times"),
                check("ends_with_done: true", stream(delta(0, "Hi"), "[DONE]", "[DONE]")), "two ends of one stream");
    }

    @Test
    void everyChunkMeetsTheSchema() {
        assertEquals(List.of(), check("every_chunk: {schema: chat.completion.chunk}", HELLO));
        assertEquals(List.of("event 2: data is not JSON: {\"id\": broken",
                        "event 3: schema chat.completion.chunk: $.choices[0].finish_reason: does not have a value in the"
                                + " enumeration [\"stop\", \"length\", \"tool_calls\", \"content_filter\", \"function_call\", null]"),
                check("every_chunk: {schema: chat.completion.chunk}",
                        stream(delta(0, "Hi"), "{\"id\": broken", finish("end_turn"), "[DONE]")));
    }

    @Test
    void contentIsAssembledFromChoiceZero() {
        assertEquals(List.of(), check("content: {equals: provider}", HELLO));
        assertEquals(List.of(), check("content: Hello world", HELLO));
        Observation twoChoices = stream(delta(0, "Hello"), delta(1, "Other"), delta(0, " world"), "[DONE]");
        assertEquals(List.of(), check("content: provider", twoChoices));
        assertEquals(List.of("stream content: expected \"Hello world\", got \"Hello\""),
                check("content: {equals: provider}", stream(delta(0, "Hello"), "[DONE]")));
    }

    @Test
    void chosenChunks() {
        String yaml = """
                first_chunk:
                  $.choices[0].delta.role: assistant
                last_chunk:
                  $.choices: {size: 0}
                usage_chunk:
                  $.usage.total_tokens: 14
                """;
        assertEquals(List.of(), check(yaml, HELLO));
        Observation noUsage = stream(delta(0, "Hello"), finish("stop"), "[DONE]");
        assertEquals(List.of("first chunk $.choices[0].delta.role: expected \"assistant\", was absent",
                        "last chunk $.choices: expected size 0, got [{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]",
                        "usage chunk: no chunk carried a non-null usage"),
                check(yaml, noUsage));
    }

    @Test
    void finishReasonIsTheLastNonNullOne() {
        assertEquals(List.of(), check("finish_reason: stop", HELLO));
        assertEquals(List.of("stream finish_reason: expected \"stop\", got \"length\""),
                check("finish_reason: stop", stream(delta(0, "Hi"), finish("length"), "[DONE]")));
        assertEquals(List.of("stream finish_reason: expected \"stop\", was absent"),
                check("finish_reason: stop", stream(delta(0, "Hi"), "[DONE]")));
    }

    @Test
    void toolCallsAreAssembledByIndex() {
        ProviderScript calls = ProviderScript.builder()
                .toolCall("get_weather", "{\"city\": \"Paris\", \"unit\": \"c\"}").toolCall("get_time", "{}").build();
        Observation o = stream(
                toolDelta("{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}"),
                toolDelta("{\"index\":0,\"function\":{\"arguments\":\"{\\\"unit\\\":\\\"c\\\",\"}}"),
                toolDelta("{\"index\":1,\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{}\"}}"),
                toolDelta("{\"index\":0,\"function\":{\"arguments\":\"\\\"city\\\":\\\"Paris\\\"}\"}}"),
                finish("tool_calls"), "[DONE]");
        assertEquals(List.of(), check("tool_calls: {equals: provider}", o, calls));

        Observation wrong = stream(
                toolDelta("{\"index\":0,\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Rome\\\"}\"}}"),
                toolDelta("{\"index\":1,\"function\":{\"name\":\"get_clock\",\"arguments\":\"{\"}}"), "[DONE]");
        assertEquals(List.of(
                        "stream tool call 0 arguments: expected {\"city\":\"Paris\",\"unit\":\"c\"}, got {\"city\":\"Rome\"}",
                        "stream tool call 1 name: expected \"get_time\", got \"get_clock\"",
                        "stream tool call 1 arguments: assembled text is not JSON: {"),
                check("tool_calls: {equals: provider}", wrong, calls));
        assertEquals(List.of("stream tool calls: expected 2 call(s), assembled 0 []"),
                check("tool_calls: {equals: provider}", HELLO, calls));

        // A translator passing Anthropic's content-block index on (text is block 0) numbers the calls 1 and 2.
        Observation shifted = stream(
                toolDelta("{\"index\":1,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\": \\\"Paris\\\", \\\"unit\\\": \\\"c\\\"}\"}}"),
                toolDelta("{\"index\":2,\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{}\"}}"),
                finish("tool_calls"), "[DONE]");
        assertEquals(List.of("stream tool calls: indices [1, 2], expected [0, 1]"),
                check("tool_calls: {equals: provider}", shifted, calls));
    }

    private static String toolDelta(String call) {
        return "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"tool_calls\":[" + call + "]},\"finish_reason\":null}]}";
    }

    @Test
    void eventCountLeavesOutDone() {
        assertEquals(List.of(), check("events: 5", HELLO));
        assertEquals(List.of("stream events: expected >= 10, got 5"), check("events: {gte: 10}", HELLO));
    }

    @Test
    void wellFormed() {
        assertEquals(List.of(), check("well_formed: true", HELLO));
        assertEquals(List.of("stream not well-formed: line 3: 'oops'"),
                check("well_formed: true", Observations.withStreamProblems(HELLO, List.of("line 3: 'oops'"))));
    }

    @Test
    void aFailedStreamMustSaySo() {
        Observation cleanEndNoDone = stream(delta(0, "Hel"));
        assertEquals(1, check("signals_failure: true", cleanEndNoDone).size());
        assertEquals(List.of(), check("signals_failure: true",
                Observations.withTransportError(cleanEndNoDone, "stream broken: EOF")));
        assertEquals(List.of(), check("signals_failure: true",
                stream(delta(0, "Hel"), "{\"error\": {\"message\": \"upstream reset\", \"type\": \"api_error\"}}")));
    }

    @Test
    void aResponseThatIsNotAStreamOrBrokeOffSaysSo() {
        assertEquals(List.of("response is not a stream (status 400, content-type application/json): {\"error\": {}}"),
                check("content: provider", Observations.json(400, "{\"error\": {}}")));
        assertEquals(List.of("response broken off: connection reset"),
                check("content: provider", Observations.withTransportError(stream(delta(0, "Hello")), "connection reset")));
        assertEquals(List.of("no response: connection refused"), check("events: 3", Observations.refused()));
        assertEquals(List.of("no response: connection refused"), check("ends_with_done: true", Observations.refused()));
    }
}
