package dev.cutover.oracle;

import static dev.cutover.oracle.ClientApiAnswers.MESSAGE;
import static dev.cutover.oracle.ClientApiAnswers.OVERLOADED;
import static dev.cutover.oracle.ClientApiAnswers.RESPONSE;
import static dev.cutover.oracle.ClientApiAnswers.RESPONSES_RATE_LIMIT;
import static dev.cutover.oracle.ClientApiAnswers.messageEvents;
import static dev.cutover.oracle.ClientApiAnswers.responseEvents;
import static dev.cutover.oracle.ClientApiAnswers.withoutLast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.oracle.SdkVerdict.Outcome;
import dev.cutover.wire.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** openai-java's Responses calls and anthropic-java's Messages calls over replayed answers. */
class JavaClientApisOracleTest {
    static JavaSdkOracle openai;
    static AnthropicJavaOracle anthropic;

    @BeforeAll
    static void start() {
        openai = new JavaSdkOracle();
        anthropic = new AnthropicJavaOracle();
    }

    @AfterAll
    static void stop() {
        openai.close();
        anthropic.close();
    }

    static SdkVerdict responses(dev.cutover.wire.Observation o) {
        return openai.judge(Replay.of(Endpoint.RESPONSES, o));
    }

    static SdkVerdict messages(dev.cutover.wire.Observation o) {
        return anthropic.judge(Replay.of(Endpoint.MESSAGES, o));
    }

    @Test
    void aGoodResponseAndAGoodResponsesStreamParse() {
        SdkVerdict whole = responses(ClientApiAnswers.responses(200, RESPONSE));
        assertEquals(Outcome.PARSED, whole.outcome(), whole.brief());
        assertEquals("response completed, 1 output item", whole.detail());
        SdkVerdict stream = responses(ClientApiAnswers.stream("/v1/responses", responseEvents()));
        assertEquals("8 events, response completed, 1 output item", stream.detail(), stream.brief());
    }

    @Test
    void aResponseWithoutARequiredFieldRaises() {
        SdkVerdict v = responses(ClientApiAnswers.responses(200, RESPONSE.replace("\"parallel_tool_calls\":true,", "")));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertEquals("OpenAIInvalidDataException", v.raised());
        assertTrue(v.detail().contains("parallel_tool_calls"), v.detail());
    }

    /** The accumulator a client reads a stream with raises where no response.completed came. */
    @Test
    void aResponsesStreamWithoutResponseCompletedRaises() {
        SdkVerdict v = responses(ClientApiAnswers.stream("/v1/responses", withoutLast(responseEvents())));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertTrue(v.detail().contains("not yet received"), v.detail());
    }

    @Test
    void aResponsesRateLimitRaisesTheSdksRateLimitException() {
        SdkVerdict v = responses(ClientApiAnswers.responses(429, RESPONSES_RATE_LIMIT));
        assertEquals("RateLimitException", v.raised(), v.brief());
        assertEquals("status 429, code rate_limit_exceeded, type requests", v.detail());
    }

    @Test
    void aGoodMessageAndAGoodMessagesStreamParse() {
        SdkVerdict whole = messages(ClientApiAnswers.messages(200, MESSAGE));
        assertEquals(Outcome.PARSED, whole.outcome(), whole.brief());
        assertEquals("message, 1 content block, end_turn", whole.detail());
        assertEquals("anthropic-java", whole.sdk());
        assertEquals("3.14.0", whole.version());
        // Seven events arrive; the SDK hands its user six, the ping dropped.
        SdkVerdict stream = messages(ClientApiAnswers.stream("/v1/messages", messageEvents()));
        assertEquals("6 events, message, 1 content block, end_turn", stream.detail(), stream.brief());
    }

    @Test
    void aMessageWithAWrongTypeRaises() {
        SdkVerdict v = messages(ClientApiAnswers.messages(200, MESSAGE.replace("\"type\":\"message\"", "\"type\":\"chat.completion\"")));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertEquals("AnthropicInvalidDataException", v.raised());
    }

    @Test
    void aMessagesStreamWithoutMessageStopRaises() {
        SdkVerdict v = messages(ClientApiAnswers.stream("/v1/messages", withoutLast(messageEvents())));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertTrue(v.detail().contains("message_stop"), v.detail());
    }

    @Test
    void anOverloadedErrorRaisesWithItsType() {
        SdkVerdict v = messages(ClientApiAnswers.messages(529, OVERLOADED));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertEquals("status 529, type overloaded_error", v.detail());
    }

    /** Each SDK speaks only for its own vendor's API. */
    @Test
    void eachSdkSaysNotApplicableForTheOtherVendorsApi() {
        assertEquals(Outcome.NOT_APPLICABLE, anthropic.judge(Replay.of(Endpoint.CHAT_COMPLETIONS, Answers.chat(200, Answers.COMPLETION))).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, openai.judge(Replay.of(Endpoint.MESSAGES, ClientApiAnswers.messages(200, MESSAGE))).outcome());
    }
}
