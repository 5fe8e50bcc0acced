package dev.cutover.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cutover.expect.ExpectContext;
import dev.cutover.expect.Expectation;
import dev.cutover.oracle.JavaSdkOracle;
import dev.cutover.oracle.NodeSdk;
import dev.cutover.oracle.NodeSdkOracle;
import dev.cutover.oracle.Oracles;
import dev.cutover.oracle.SdkVerdict;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Step;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;
import dev.cutover.wire.SentRequest;
import dev.cutover.wire.SseEvent;
import dev.cutover.wire.Timings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "The schema disagrees but every SDK parses it": answers that fail only the catalog's schema check of the real
 * scenario files while openai-java and openai-node both parse them — a streamed delta with {@code "role": null}
 * and a completion whose message has no {@code refusal}. Both SDKs read these fields as optional, the OpenAI
 * reference (and so cutover's schemas) does not: each is a spec deviation, not a broken client.
 */
class SpecDeviationTest {
    static Oracles oracles;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("gateways/sdk-oracle/node_modules/openai/package.json")),
                "openai-node not installed: (cd gateways/sdk-oracle && npm ci)");
        oracles = new Oracles(List.of(new JavaSdkOracle(), new NodeSdkOracle(NodeSdk.OPENAI, Path.of("gateways/sdk-oracle"))));
    }

    @AfterAll
    static void stop() {
        if (oracles != null) oracles.close();
    }

    @Test
    void aDeltaWithANullRoleFailsTheChunkSchemaButEverySdkParsesIt() {
        String head = "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,";
        List<String> data = List.of(head + "\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}",
                head + "\"delta\":{\"role\":null,\"content\":\"Each chunk must\"},\"finish_reason\":null}]}",
                head + "\"delta\":{\"role\":null,\"content\":\" parse on its own.\"},\"finish_reason\":null}]}",
                head + "\"delta\":{},\"finish_reason\":\"stop\"}]}", "[DONE]");
        List<SseEvent> events = new ArrayList<>();
        data.forEach(d -> events.add(new SseEvent(null, d, events.size() * 10.0)));
        String raw = String.join("", data.stream().map(d -> "data: " + d + "\n\n").toList());
        StepResult step = judged("scenarios/streaming/stream-chunks-match-schema.yaml",
                answer("{\"stream\":true}", "text/event-stream", raw, events));
        assertEquals(List.of("every stream chunk matches schema chat.completion.chunk"), failed(step));
        assertEquals(List.of("PARSED", "PARSED"), outcomes(step), step.sdks().toString());
        assertEquals(SdkFinding.SPEC_DEVIATION, step.sdkFinding());
    }

    @Test
    void aMessageWithoutRefusalFailsTheCompletionSchemaButEverySdkParsesIt() {
        String body = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"The capital of France is Paris.\"},"
                + "\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":7,\"total_tokens\":16}}";
        StepResult step = judged("scenarios/chat/chat-basic-completion.yaml", answer("{}", "application/json", body, List.of()));
        assertEquals(List.of("body matches schema chat.completion"), failed(step));
        assertEquals(List.of("PARSED", "PARSED"), outcomes(step), step.sdks().toString());
        assertEquals("openai-java, openai-node parse it", step.sdkNote());
    }

    /** The scenario's one step checked against the answer with its real expectations, then judged by both SDKs. */
    private static StepResult judged(String file, Observation o) {
        Step step = Catalog.load(List.of(Path.of(file))).scenarios().get(0).steps().get(0);
        List<Check> checks = new ArrayList<>();
        for (Expectation e : step.expectations()) {
            checks.add(new Check(e.describe(), e.source(), e.check(o, new ExpectContext(step.provider(), null, Map.of()))));
        }
        return new StepResult(step.name(), o, checks, oracles.judge(step.request().endpoint(), o));
    }

    private static Observation answer(String sent, String contentType, String body, List<SseEvent> events) {
        return new Observation(new SentRequest("POST", "http://gw/v1/chat/completions", Headers.EMPTY, sent), 200,
                Headers.of(Map.of("content-type", List.of(contentType))), body, events, List.of(), new Timings(1, 2.0, 3), null,
                List.of(new ReceivedRequest("POST", "/v1/chat/completions", null, Headers.EMPTY, "{}", 1)));
    }

    private static List<String> failed(StepResult s) {
        return s.checks().stream().filter(c -> !c.passed()).map(Check::expectation).toList();
    }

    private static List<String> outcomes(StepResult s) {
        return s.sdks().stream().map(SdkVerdict::outcome).map(Enum::name).toList();
    }
}
