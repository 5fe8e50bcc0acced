package dev.cutover.oracle;

import static dev.cutover.oracle.Answers.COMPLETION;
import static dev.cutover.oracle.Answers.RATE_LIMIT;
import static dev.cutover.oracle.Answers.ROLE_CHUNK;
import static dev.cutover.oracle.Answers.STOP_CHUNK;
import static dev.cutover.oracle.Answers.WORD_CHUNK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.oracle.SdkVerdict.Outcome;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Observation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** openai-java's own client over replayed answers: what it parses and what it raises. */
class JavaSdkOracleTest {
    static JavaSdkOracle oracle;

    @BeforeAll
    static void start() {
        oracle = new JavaSdkOracle();
    }

    @AfterAll
    static void stop() {
        oracle.close();
    }

    static SdkVerdict judge(Endpoint e, Observation o) {
        return oracle.judge(Replay.of(e, o));
    }

    @Test
    void aGoodCompletionParses() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.chat(200, COMPLETION));
        assertEquals(Outcome.PARSED, v.outcome(), v.brief());
        assertEquals("chat.completion, 1 choice", v.detail());
        assertEquals("openai-java", v.sdk());
        assertEquals("4.101.0", v.version());
    }

    @Test
    void aGoodStreamParsesEveryChunk() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.stream(null, ROLE_CHUNK, WORD_CHUNK, STOP_CHUNK, "[DONE]"));
        assertEquals(Outcome.PARSED, v.outcome(), v.brief());
        assertEquals("3 chunks", v.detail());
    }

    @Test
    void aChunkWithAWrongTypeRaises() {
        String wrong = WORD_CHUNK.replace("\"created\":1700000000", "\"created\":\"yesterday\"");
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.stream(null, ROLE_CHUNK, wrong, STOP_CHUNK, "[DONE]"));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertEquals("OpenAIInvalidDataException", v.raised());
        assertTrue(v.detail().contains("created"), v.detail());
    }

    @Test
    void aRateLimitWithItsEnvelopeRaisesTheSdksRateLimitException() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.chat(429, RATE_LIMIT));
        assertEquals(Outcome.RAISED, v.outcome());
        assertEquals("RateLimitException", v.raised());
        assertEquals("status 429, code rate_limit_exceeded, type requests", v.detail());
    }

    @Test
    void aFlatErrorBodyStillRaisesByStatusButNoCodeIsRead() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.chat(503, "{\"status\":\"failure\",\"message\":\"down\"}"));
        assertEquals("InternalServerException", v.raised());
        assertEquals("status 503, no error code or type read", v.detail());
    }

    @Test
    void anEmptyBodyOn200Raises() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.chat(200, ""));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertEquals("OpenAIInvalidDataException", v.raised());
    }

    @Test
    void aStreamBrokenMidwayRaises() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.stream("stream broken: reset", ROLE_CHUNK, WORD_CHUNK));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
    }

    @Test
    void anErrorEventInAStreamRaisesSseException() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.stream(null, ROLE_CHUNK, "{\"error\":{\"message\":\"overloaded\"}}"));
        assertEquals("SseException", v.raised(), v.brief());
    }

    @Test
    void embeddingsAsFloatsAndAsBase64Parse() {
        String floats = "{\"object\":\"list\",\"model\":\"m\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1},"
                + "\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.6,0.8]}]}";
        SdkVerdict f = judge(Endpoint.EMBEDDINGS, Answers.embeddings("{\"input\":\"x\"}", floats));
        assertEquals(Outcome.PARSED, f.outcome(), f.brief());
        assertEquals("1 embedding, 2 values", f.detail());
        // 0.6f and 0.8f as little-endian float32
        String b64 = floats.replace("[0.6,0.8]", "\"mpkZP83MTD8=\"");
        SdkVerdict b = judge(Endpoint.EMBEDDINGS, Answers.embeddings("{\"input\":\"x\",\"encoding_format\":\"base64\"}", b64));
        assertEquals("1 embedding, 2 values", b.detail(), b.brief());
    }

    @Test
    void aModelListMissingItsDataRaises() {
        SdkVerdict good = judge(Endpoint.MODELS_LIST, Answers.models(
                "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\",\"object\":\"model\",\"created\":1,\"owned_by\":\"openai\"}]}"));
        assertEquals("1 model", good.detail(), good.brief());
        SdkVerdict bad = judge(Endpoint.MODELS_LIST, Answers.models("{\"object\":\"list\",\"models\":[]}"));
        assertEquals(Outcome.RAISED, bad.outcome(), bad.brief());
    }

    /**
     * openai-java keeps a mistyped field as a JSON value, copied by recursion: content nested about a thousand arrays
     * deep (still JSON to every parser here) overflows its stack — on a fresh JVM's judging thread it did, and that
     * ended a whole run with exit 3 and no report. Whether it overflows depends on the stack and on what the JIT has
     * compiled, so the real SDK must only end in a verdict; the overflow itself is made sure of with a stand-in.
     */
    @Test
    void anAnswerTheSdkOverflowsOnIsRaisedNotACrash() throws Exception {
        String deep = COMPLETION.replace("\"Paris.\"", "[".repeat(990) + "]".repeat(990));
        Replay replay = Replay.of(Endpoint.CHAT_COMPLETIONS, Answers.chat(200, deep));
        SdkVerdict[] verdict = new SdkVerdict[1];
        Thread t = new Thread(null, () -> verdict[0] = Oracles.safely(oracle, replay), "small-stack", 256 << 10);
        t.start();
        t.join(60_000);
        assertEquals(Outcome.RAISED, verdict[0].outcome(), verdict[0].brief());

        SdkOracle overflowing = new SdkOracle() {
            public String sdk() { return "overflowing"; }
            public String version() { return "1"; }
            public boolean covers(Endpoint e) { return true; }
            public SdkVerdict judge(Replay r) { throw new StackOverflowError(); }
            public void close() { }
        };
        SdkVerdict v = Oracles.safely(overflowing, replay);
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertEquals("StackOverflowError", v.raised());
    }
}
