package dev.cutover.oracle;

import static dev.cutover.oracle.ClientApiAnswers.MESSAGE;
import static dev.cutover.oracle.ClientApiAnswers.OVERLOADED;
import static dev.cutover.oracle.ClientApiAnswers.RESPONSE;
import static dev.cutover.oracle.ClientApiAnswers.RESPONSES_RATE_LIMIT;
import static dev.cutover.oracle.ClientApiAnswers.messageEvents;
import static dev.cutover.oracle.ClientApiAnswers.responseEvents;
import static dev.cutover.oracle.ClientApiAnswers.withoutLast;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cutover.oracle.SdkVerdict.Outcome;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Observation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * openai-node's Responses calls and Anthropic's Node SDK's Messages calls (gateways/sdk-oracle) over replayed
 * answers. Needs {@code npm ci} there, as .ci/run does.
 */
class NodeClientApisOracleTest {
    static NodeSdkOracle openai;
    static NodeSdkOracle anthropic;

    @BeforeAll
    static void start() {
        Path runner = NodeSdkOracleTest.RUNNER;
        Assumptions.assumeTrue(Files.isRegularFile(runner.resolve("node_modules/@anthropic-ai/sdk/package.json")),
                "@anthropic-ai/sdk not installed: (cd gateways/sdk-oracle && npm ci)");
        openai = new NodeSdkOracle(NodeSdk.OPENAI, runner);
        anthropic = new NodeSdkOracle(NodeSdk.ANTHROPIC, runner);
    }

    @AfterAll
    static void stop() {
        if (openai != null) openai.close();
        if (anthropic != null) anthropic.close();
    }

    static SdkVerdict responses(Observation o) {
        return openai.judge(Replay.of(Endpoint.RESPONSES, o));
    }

    static SdkVerdict messages(Observation o) {
        return anthropic.judge(Replay.of(Endpoint.MESSAGES, o));
    }

    @Test
    void aGoodResponseAndAGoodResponsesStreamParse() {
        SdkVerdict whole = responses(ClientApiAnswers.responses(200, RESPONSE));
        assertEquals("response completed, 1 output item", whole.detail(), whole.brief());
        SdkVerdict stream = responses(ClientApiAnswers.stream("/v1/responses", responseEvents()));
        assertEquals("8 events, response completed, 1 output item", stream.detail(), stream.brief());
    }

    /**
     * Unlike openai-java's accumulator, openai-node's ResponseStream takes a stream that ends without
     * response.completed and hands over the snapshot it built: its user reads {@code status: in_progress}.
     */
    @Test
    void aResponsesStreamWithoutResponseCompletedEndsInProgress() {
        SdkVerdict v = responses(ClientApiAnswers.stream("/v1/responses", withoutLast(responseEvents())));
        assertEquals(Outcome.PARSED, v.outcome(), v.brief());
        assertEquals("7 events, response in_progress, 1 output item", v.detail());
    }

    /** The SDK's ResponseStream builds the response from response.created on: a stream opening otherwise breaks it. */
    @Test
    void aResponsesStreamNotOpenedByResponseCreatedRaises() {
        List<String[]> events = new ArrayList<>(responseEvents());
        events.set(0, new String[] {"response.started", events.get(0)[1].replace("response.created", "response.started")});
        SdkVerdict v = responses(ClientApiAnswers.stream("/v1/responses", events));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertEquals("OpenAIError", v.raised());
    }

    @Test
    void aResponsesRateLimitRaisesRateLimitError() {
        SdkVerdict v = responses(ClientApiAnswers.responses(429, RESPONSES_RATE_LIMIT));
        assertEquals("RateLimitError", v.raised(), v.brief());
        assertEquals("status 429, code rate_limit_exceeded, type requests", v.detail());
    }

    @Test
    void aGoodMessageAndAGoodMessagesStreamParse() {
        SdkVerdict whole = messages(ClientApiAnswers.messages(200, MESSAGE));
        assertEquals(Outcome.PARSED, whole.outcome(), whole.brief());
        assertEquals("message, 1 content block, end_turn", whole.detail());
        assertEquals("anthropic-node", whole.sdk());
        assertEquals("1.14.0", whole.version());
        SdkVerdict stream = messages(ClientApiAnswers.stream("/v1/messages", messageEvents()));
        assertEquals("6 events, message, 1 content block, end_turn", stream.detail(), stream.brief());
    }

    /** The Node SDK checks no types: a wrong type reaches its user, who reads it in the detail; anthropic-java raises. */
    @Test
    void aMessageWithAWrongTypeParsesAsTheUserWouldSeeIt() {
        SdkVerdict v = messages(ClientApiAnswers.messages(200, MESSAGE.replace("\"type\":\"message\"", "\"type\":\"chat.completion\"")));
        assertEquals(Outcome.PARSED, v.outcome(), v.brief());
        assertEquals("chat.completion, 1 content block, end_turn", v.detail());
    }

    @Test
    void aMessagesStreamWithoutMessageStopRaises() {
        SdkVerdict v = messages(ClientApiAnswers.stream("/v1/messages", withoutLast(messageEvents())));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertEquals("AnthropicError", v.raised());
    }

    /** Anthropic's SDK reads an event by its {@code event:} line: data alone, as an OpenAI-style relay sends it, is skipped. */
    @Test
    void aMessagesStreamWithoutEventLinesRaises() {
        Observation named = ClientApiAnswers.stream("/v1/messages", messageEvents());
        Observation bare = new Observation(named.request(), 200, named.headers(), named.body().replaceAll("event: [a-z_]+\n", ""),
                named.events(), List.of(), named.timings(), null, List.of());
        SdkVerdict v = messages(bare);
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
    }

    @Test
    void anOverloadedErrorRaisesOverloadedError() {
        SdkVerdict v = messages(ClientApiAnswers.messages(529, OVERLOADED));
        assertEquals("OverloadedError", v.raised(), v.brief());
        assertEquals("status 529, type overloaded_error", v.detail());
    }
}
