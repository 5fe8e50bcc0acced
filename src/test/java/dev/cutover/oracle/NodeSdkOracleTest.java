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
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * openai-node's own client (through gateways/sdk-oracle) over replayed answers. Needs {@code npm ci} there, as
 * .ci/run does; SdkOraclesIT fails where it is missing, so a build cannot pass without the Node SDK asked.
 */
class NodeSdkOracleTest {
    static final Path RUNNER = Path.of("gateways/sdk-oracle");
    static NodeSdkOracle oracle;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isRegularFile(RUNNER.resolve("node_modules/openai/package.json")),
                "openai-node not installed: (cd gateways/sdk-oracle && npm ci)");
        oracle = new NodeSdkOracle(NodeSdk.OPENAI, RUNNER);
    }

    @AfterAll
    static void stop() {
        if (oracle != null) oracle.close();
    }

    static SdkVerdict judge(Endpoint e, Observation o) {
        return oracle.judge(Replay.of(e, o));
    }

    @Test
    void aGoodCompletionParses() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.chat(200, COMPLETION));
        assertEquals(Outcome.PARSED, v.outcome(), v.brief());
        assertEquals("chat.completion, 1 choice", v.detail());
        assertEquals("openai-node", v.sdk());
        assertEquals("5.23.2", v.version());
    }

    @Test
    void aGoodStreamParsesEveryChunk() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.stream(null, ROLE_CHUNK, WORD_CHUNK, STOP_CHUNK, "[DONE]"));
        assertEquals("3 chunks", v.detail(), v.brief());
    }

    /** The Node SDK checks no types (it JSON.parses each event), so a mistyped field passes; openai-java raises. */
    @Test
    void aChunkWithAWrongTypeParsesButAChunkThatIsNoJsonRaises() {
        String wrong = WORD_CHUNK.replace("\"created\":1700000000", "\"created\":\"yesterday\"");
        assertEquals(Outcome.PARSED, judge(Endpoint.CHAT_COMPLETIONS, Answers.stream(null, ROLE_CHUNK, wrong, "[DONE]")).outcome());
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.stream(null, ROLE_CHUNK, "{\"id\":", "[DONE]"));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertEquals("SyntaxError", v.raised());
    }

    @Test
    void aRateLimitWithItsEnvelopeRaisesTheSdksRateLimitError() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.chat(429, RATE_LIMIT));
        assertEquals(Outcome.RAISED, v.outcome());
        assertEquals("RateLimitError", v.raised());
        assertEquals("status 429, code rate_limit_exceeded, type requests", v.detail());
    }

    @Test
    void anEmptyBodyOn200Raises() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.chat(200, ""));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertEquals("SyntaxError", v.raised());
    }

    @Test
    void aStreamBrokenMidwayRaises() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.stream("stream broken: reset", ROLE_CHUNK, WORD_CHUNK));
        assertEquals(Outcome.RAISED, v.outcome(), v.brief());
        assertTrue(v.detail().contains("terminated"), v.detail());
    }

    @Test
    void anErrorInAStreamRaisesApiError() {
        SdkVerdict v = judge(Endpoint.CHAT_COMPLETIONS, Answers.stream(null, ROLE_CHUNK, "{\"error\":{\"message\":\"overloaded\"}}"));
        assertEquals("APIError", v.raised(), v.brief());
    }

    @Test
    void embeddingsAndModelsParse() {
        String floats = "{\"object\":\"list\",\"model\":\"m\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.6,0.8]}]}";
        assertEquals("1 embedding", judge(Endpoint.EMBEDDINGS, Answers.embeddings("{\"input\":\"x\"}", floats)).detail());
        SdkVerdict models = judge(Endpoint.MODELS_LIST, Answers.models("{\"object\":\"list\",\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"));
        assertEquals("2 models", models.detail(), models.brief());
    }
}
