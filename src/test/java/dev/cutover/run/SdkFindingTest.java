package dev.cutover.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cutover.oracle.SdkVerdict;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.SentRequest;
import dev.cutover.wire.SseEvent;
import dev.cutover.wire.Timings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a step's SDK verdicts read beside its checks: spec deviation, client-breaking, or nothing to say. */
class SdkFindingTest {
    static final Check PASSED = new Check("status equals 200", null, List.of());
    static final Check FAILED = new Check("body matches schema chat.completion", null, List.of("$.choices[0].message.refusal: required"));
    static final SdkVerdict JAVA_PARSED = SdkVerdict.parsed("openai-java", "4.101.0", "chat.completion, 1 choice");
    static final SdkVerdict NODE_PARSED = SdkVerdict.parsed("openai-node", "5.23.2", "chat.completion, 1 choice");
    static final SdkVerdict NODE_RAISED = SdkVerdict.raised("openai-node", "5.23.2", "APIConnectionError", "Connection error.");

    static StepResult step(int status, String transportError, Check check, SdkVerdict... sdks) {
        Observation o = new Observation(new SentRequest("POST", "http://gw/v1/chat/completions", Headers.EMPTY, "{}"), status,
                Headers.EMPTY, "{}", List.of(), List.of(), new Timings(1, null, 2), transportError, List.of());
        return new StepResult("ask", o, List.of(check), List.of(sdks));
    }

    @Test
    void aPassingStepAnSdkRaisesOnIsClientBreakingAndSaidSo() {
        StepResult s = step(200, null, PASSED, JAVA_PARSED, NODE_RAISED);
        assertEquals(SdkFinding.CLIENT_BREAKING, s.sdkFinding());
        assertEquals("openai-node raised APIConnectionError on a 200", s.sdkNote());
    }

    @Test
    void aFailingStepEverySdkParsesIsASpecDeviation() {
        StepResult s = step(200, null, FAILED, JAVA_PARSED, NODE_PARSED);
        assertEquals(SdkFinding.SPEC_DEVIATION, s.sdkFinding());
        assertEquals("openai-java, openai-node parse it", s.sdkNote());
        assertEquals("openai-java parses it",
                step(200, null, FAILED, JAVA_PARSED, SdkVerdict.unavailable("openai-node", null, "not installed")).sdkNote(),
                "an SDK that could not be asked has no say");
    }

    @Test
    void agreementIsNoFinding() {
        assertEquals(SdkFinding.NONE, step(200, null, PASSED, JAVA_PARSED, NODE_PARSED).sdkFinding());
        SdkVerdict rateLimited = SdkVerdict.raised("openai-java", "4.101.0", "RateLimitException", "status 429");
        assertEquals(SdkFinding.NONE, step(429, null, PASSED, rateLimited).sdkFinding(), "raising on an error status is the SDK's job");
        assertEquals(SdkFinding.NONE, step(429, null, FAILED, rateLimited).sdkFinding());
        assertEquals(SdkFinding.NONE, step(200, null, FAILED).sdkFinding(), "no SDK asked");
        assertEquals(SdkFinding.NONE, step(200, null, FAILED,
                SdkVerdict.notApplicable("openai-java", "4.101.0", "a raw path, no SDK call")).sdkFinding());
    }

    @Test
    void raisingOnABrokenConnectionIsWhatAnSdkShouldDo() {
        StepResult s = step(200, "stream broken: connection reset", PASSED, JAVA_PARSED, NODE_RAISED);
        assertEquals(SdkFinding.NONE, s.sdkFinding());
        assertNull(s.sdkNote());
    }

    @Test
    void raisingOnAnErrorEventIsWhatAnSdkShouldDo() {
        Observation errorEvent = new Observation(new SentRequest("POST", "http://gw/v1/chat/completions", Headers.EMPTY, "{}"), 200,
                Headers.EMPTY, "", List.of(new SseEvent(null, "{\"error\":{\"message\":\"upstream broke\",\"code\":500}}", 5)),
                List.of(), new Timings(1, null, 2), null, List.of());
        StepResult s = new StepResult("ask", errorEvent, List.of(PASSED), List.of(NODE_RAISED));
        assertEquals(SdkFinding.NONE, s.sdkFinding());
    }

    @Test
    void aFailingStepAnSdkRaisesOnIsClientBreakingWithoutANoteSinceTheChecksSayItToo() {
        StepResult s = step(200, null, FAILED, JAVA_PARSED, NODE_RAISED);
        assertEquals(SdkFinding.CLIENT_BREAKING, s.sdkFinding());
        assertNull(s.sdkNote());
        assertEquals("client-breaking", s.sdkFinding().word());
    }
}
