package dev.cutover.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.scenario.Scenario;
import dev.cutover.scenario.ScenarioReader;
import dev.cutover.target.Target;
import dev.cutover.target.TargetReader;
import dev.cutover.target.Variables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fault scenarios go to the fault deployments in turn, the one free longest first, and wait for one still out. */
class BreakerPacingTest {
    @TempDir
    Path dir;

    private Target target(String breaker) throws Exception {
        Path f = dir.resolve("gw.yaml");
        Files.writeString(f, """
                name: gw
                baseUrl: http://127.0.0.1:9/v1
                models: {chat: m, faults: m-faults}
                upstream: mock
                features: [chat]
                breaker: %s
                """.formatted(breaker));
        return TargetReader.read(f, Variables.fromSystem(Map.of("port", "9")));
    }

    private Scenario fault(String retryAfter) throws Exception {
        Path f = dir.resolve("fails.yaml");
        Files.writeString(f, """
                id: fails
                title: The provider refuses
                features: [chat]
                level: core
                severity: minor
                provider:
                  error: {status: 429, type: rate_limit_error, message: slow down}
                  headers: {Retry-After: "%s"}
                request:
                  endpoint: chat.completions
                  body: {model: "${model.chat}", messages: [{role: user, content: Hi}]}
                expect:
                  status: 429
                """.formatted(retryAfter));
        return ScenarioReader.read(f);
    }

    @Test
    void faultModelsAreTakenInTurnAndOneStillOutIsWaitedFor() throws Exception {
        Target t = target("{cooldownMs: 0, faultModels: [m-1, m-2]}");
        BreakerPacing pacing = new BreakerPacing(t.breaker(), true);
        Scenario quick = fault("0");
        assertEquals("m-1", pacing.beforeFault(t).models().get("chat"));
        pacing.afterFault(quick);
        assertEquals("m-2", pacing.beforeFault(t).models().get("chat"));
        pacing.afterFault(fault("1"));
        assertEquals("m-1", pacing.beforeFault(t).models().get("chat"), "m-1 has been free longest");
        pacing.afterFault(fault("1"));
        long start = System.nanoTime();
        assertEquals("m-2", pacing.beforeFault(t).models().get("chat"));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMs >= 500, "m-2 was out for its Retry-After of 1 s; waited only " + waitedMs + " ms");
    }

    @Test
    void withoutFaultModelsTheFaultsModelIsUsed() throws Exception {
        Target t = target("{cooldownMs: 0}");
        BreakerPacing pacing = new BreakerPacing(t.breaker(), true);
        assertEquals("m-faults", pacing.beforeFault(t).models().get("chat"));
    }
}
