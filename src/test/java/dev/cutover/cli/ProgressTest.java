package dev.cutover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cutover.oracle.SdkVerdict;
import dev.cutover.run.Check;
import dev.cutover.run.Outcome;
import dev.cutover.run.Status;
import dev.cutover.run.StepResult;
import dev.cutover.scenario.Feature;
import dev.cutover.scenario.Level;
import dev.cutover.scenario.ScenarioInfo;
import dev.cutover.scenario.Severity;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.SentRequest;
import dev.cutover.wire.Timings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress line says where an official SDK disagrees with cutover's checks, and only there. */
class ProgressTest {
    static final Observation OK = new Observation(new SentRequest("POST", "http://gw/v1/chat/completions", Headers.EMPTY, "{}"),
            200, Headers.EMPTY, "{}", List.of(), List.of(), new Timings(1, null, 2), null, List.of());

    static Outcome passed(SdkVerdict... sdks) {
        return new Outcome(new ScenarioInfo("chat-basic", "t", "chat", List.of(Feature.CHAT), Level.CORE, Severity.MAJOR,
                Path.of("scenarios/chat/chat-basic.yaml")), "gw", Status.PASSED, null,
                List.of(new StepResult("request", OK, List.of(new Check("status equals 200", null, List.of())), List.of(sdks))), 12.0);
    }

    static String print(Outcome o) {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            new Progress(73, false).print(o);
        } finally {
            System.setOut(out);
        }
        return buf.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void aPassingStepAnSdkRaisesOnGetsANote() {
        assertEquals("[ 1/73] PASS chat/chat-basic (12 ms) [SDK: openai-node raised APIConnectionError on a 200]",
                print(passed(SdkVerdict.parsed("openai-java", "4.101.0", "chat.completion, 1 choice"),
                        SdkVerdict.raised("openai-node", "5.23.2", "APIConnectionError", "Connection error."))));
    }

    @Test
    void agreementGetsNone() {
        assertEquals("[ 1/73] PASS chat/chat-basic (12 ms)", print(passed(SdkVerdict.parsed("openai-java", "4.101.0", "x"))));
    }
}
