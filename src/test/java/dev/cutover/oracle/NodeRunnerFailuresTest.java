package dev.cutover.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.oracle.SdkVerdict.Outcome;
import dev.cutover.wire.Endpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever is wrong on the Node side, a verdict is UNAVAILABLE with the reason: never a crash, never a hang. */
class NodeRunnerFailuresTest {
    static final Replay ANSWER = Replay.of(Endpoint.CHAT_COMPLETIONS, Answers.chat(200, Answers.COMPLETION));

    @Test
    void withoutTheInstalledPackageEveryVerdictSaysSo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index.mjs"), "");
        try (NodeSdkOracle o = new NodeSdkOracle(NodeSdk.OPENAI, dir)) {
            SdkVerdict v = o.judge(ANSWER);
            assertEquals(Outcome.UNAVAILABLE, v.outcome());
            assertTrue(v.detail().startsWith("openai not installed: run npm ci in "), v.detail());
        }
    }

    /** An install from before Anthropic's SDK joined: its Messages verdicts say what to run, OpenAI's SDK is unaffected. */
    @Test
    void anInstallWithoutAnthropicsSdkSaysSoOnMessagesSteps(@TempDir Path dir) throws IOException {
        fakeInstall(dir, "");
        try (NodeSdkOracle o = new NodeSdkOracle(NodeSdk.ANTHROPIC, dir)) {
            SdkVerdict v = o.judge(Replay.of(Endpoint.MESSAGES, ClientApiAnswers.messages(200, ClientApiAnswers.MESSAGE)));
            assertEquals(Outcome.UNAVAILABLE, v.outcome());
            assertEquals("anthropic-node", v.sdk());
            assertTrue(v.detail().startsWith("@anthropic-ai/sdk not installed: run npm ci in "), v.detail());
        }
    }

    @Test
    void withoutNodeEveryVerdictSaysSo(@TempDir Path dir) throws IOException {
        fakeInstall(dir, "");
        try (NodeSdkOracle o = new NodeSdkOracle(NodeSdk.OPENAI, "cutover-no-such-node", dir, Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            SdkVerdict v = o.judge(ANSWER);
            assertEquals(Outcome.UNAVAILABLE, v.outcome());
            assertTrue(v.detail().startsWith("Node runner did not start: "), v.detail());
            assertEquals("9.9.9", v.version());
            assertEquals(v.detail(), o.judge(ANSWER).detail(), "no second start is tried");
        }
    }

    @Test
    void aRunnerThatNeverAnswersIsKilledAfterItsBoundAndGivenUpOnAfterTwo(@TempDir Path dir) throws IOException {
        // Ready, then reads its questions and never answers.
        fakeInstall(dir, "process.stdout.write(JSON.stringify({ready: true}) + '\\n'); process.stdin.resume();\n");
        try (NodeSdkOracle o = new NodeSdkOracle(NodeSdk.OPENAI, "node", dir, Duration.ofSeconds(30), Duration.ofMillis(500))) {
            long start = System.nanoTime();
            SdkVerdict first = o.judge(ANSWER);
            SdkVerdict second = o.judge(ANSWER);
            SdkVerdict third = o.judge(ANSWER);
            assertEquals(Outcome.UNAVAILABLE, first.outcome());
            assertTrue(first.detail().contains("no answer within 500 ms"), first.detail());
            assertTrue(second.detail().endsWith("stopped"), second.detail());
            assertTrue(third.detail().endsWith("not restarted this run"), third.detail());
            // Generous: two bounds of 0.5 s and two Node starts, on a busy machine.
            assertTrue((System.nanoTime() - start) / 1e9 < 60, "the bound held");
        }
    }

    @Test
    void aRunnerThatDiesSaysWhatItPrinted(@TempDir Path dir) throws IOException {
        fakeInstall(dir, "console.error('cannot load openai'); process.exit(3);\n");
        try (NodeSdkOracle o = new NodeSdkOracle(NodeSdk.OPENAI, "node", dir, Duration.ofSeconds(30), Duration.ofSeconds(5))) {
            SdkVerdict v = o.judge(ANSWER);
            assertEquals(Outcome.UNAVAILABLE, v.outcome());
            assertTrue(v.detail().contains("cannot load openai"), v.detail());
        }
    }

    private static void fakeInstall(Path dir, String script) throws IOException {
        Files.createDirectories(dir.resolve("node_modules/openai"));
        Files.writeString(dir.resolve("node_modules/openai/package.json"), "{\"version\":\"9.9.9\"}");
        Files.writeString(dir.resolve("index.mjs"), script);
    }
}
