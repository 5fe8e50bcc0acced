package dev.cutover.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cutover.oracle.SdkVerdict.Outcome;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which exchanges the SDKs are asked about at all, and that a replay never sends them anywhere else. */
class OraclesTest {

    @Test
    void onlyWholeAnswersOfTheSdksEndpointsAreReplayed() {
        Observation ok = Answers.chat(200, Answers.COMPLETION);
        assertEquals("health.liveness is no SDK call", Replay.whyNot(Endpoint.HEALTH_LIVENESS, ok));
        assertEquals("a raw path, no SDK call", Replay.whyNot(null, ok));
        assertEquals("no response arrived", Replay.whyNot(Endpoint.CHAT_COMPLETIONS,
                Answers.answer("/v1/chat/completions", "{}", 0, "application/json", "", List.of(), "connection refused")));
        Observation cut = new Observation(ok.request(), 200, ok.headers(), "{", List.of(), List.of(), ok.timings(), null,
                List.of(), new Observation.Cut(1, 5_000_000, "00"));
        assertEquals("body past cutover's capture bound, not replayable whole", Replay.whyNot(Endpoint.CHAT_COMPLETIONS, cut));
        assertEquals(null, Replay.whyNot(Endpoint.MODELS_GET, ok));
    }

    @Test
    void everySdkSaysNotApplicableWithTheReason() {
        try (Oracles oracles = new Oracles(List.of(new JavaSdkOracle(), new NodeSdkOracle(NodeSdk.OPENAI, java.nio.file.Path.of("gateways/sdk-oracle"))))) {
            List<SdkVerdict> v = oracles.judge(null, Answers.chat(404, "{}"));
            assertEquals(List.of("openai-java", "openai-node"), v.stream().map(SdkVerdict::sdk).toList());
            v.forEach(x -> assertEquals(Outcome.NOT_APPLICABLE, x.outcome()));
            assertEquals(List.of(), Oracles.none().judge(Endpoint.CHAT_COMPLETIONS, Answers.chat(200, Answers.COMPLETION)));
        }
    }

    /** OpenAI's SDKs judge OpenAI's APIs, Anthropic's the Messages API; a step neither vendor has a call for, all say n/a. */
    @Test
    void eachStepIsJudgedByTheSdksOfItsApi() {
        try (Oracles both = new Oracles(List.of(new JavaSdkOracle(), new AnthropicJavaOracle()));
             Oracles openaiOnly = new Oracles(List.of(new JavaSdkOracle()))) {
            assertEquals(List.of("openai-java PARSED"), said(both.judge(Endpoint.CHAT_COMPLETIONS, Answers.chat(200, Answers.COMPLETION))));
            assertEquals(List.of("anthropic-java PARSED"), said(both.judge(Endpoint.MESSAGES,
                    ClientApiAnswers.messages(200, ClientApiAnswers.MESSAGE))));
            assertEquals(List.of("openai-java NOT_APPLICABLE", "anthropic-java NOT_APPLICABLE"),
                    said(both.judge(Endpoint.HEALTH_LIVENESS, Answers.chat(200, "{}"))));
            // Without Anthropic's SDKs asked, a Messages step still says why OpenAI's were not.
            List<SdkVerdict> v = openaiOnly.judge(Endpoint.MESSAGES, ClientApiAnswers.messages(200, ClientApiAnswers.MESSAGE));
            assertEquals(List.of("openai-java NOT_APPLICABLE"), said(v));
            assertEquals("messages is no openai-java call", v.get(0).detail());
        }
    }

    private static List<String> said(List<SdkVerdict> verdicts) {
        return verdicts.stream().map(v -> v.sdk() + " " + v.outcome()).toList();
    }

    /** Both clients follow redirects: a gateway's 3xx must not become a request to the host it names. */
    @Test
    void aRedirectIsNotReplayedAndNoLocationIsEverSent() throws IOException {
        try (ServerSocket elsewhere = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
             Oracles oracles = new Oracles(List.of(new JavaSdkOracle()))) {
            String there = "http://127.0.0.1:" + elsewhere.getLocalPort() + "/v1/chat/completions";
            Observation redirect = withHeader(Answers.chat(302, ""), "location", there);
            SdkVerdict v = oracles.judge(Endpoint.CHAT_COMPLETIONS, redirect).get(0);
            assertEquals(Outcome.NOT_APPLICABLE, v.outcome());
            assertEquals("a redirect: the SDKs' clients would follow it elsewhere", v.detail());
            Observation created = withHeader(Answers.chat(200, Answers.COMPLETION), "location", there);
            assertFalse(Replay.of(Endpoint.CHAT_COMPLETIONS, created).headers().stream().anyMatch(h -> h.getKey().equals("location")));
            assertEquals(Outcome.PARSED, oracles.judge(Endpoint.CHAT_COMPLETIONS, created).get(0).outcome());
            elsewhere.setSoTimeout(200);
            try {
                elsewhere.accept().close();
                throw new AssertionError("a request reached the redirect's target");
            } catch (SocketTimeoutException expected) {
                // nothing came
            }
        }
    }

    private static Observation withHeader(Observation o, String name, String value) {
        Map<String, List<String>> h = new java.util.TreeMap<>(o.headers().values());
        h.put(name, List.of(value));
        return new Observation(o.request(), o.status(), Headers.of(h), o.body(), o.events(), o.streamProblems(), o.timings(),
                o.transportError(), o.upstream());
    }
}
