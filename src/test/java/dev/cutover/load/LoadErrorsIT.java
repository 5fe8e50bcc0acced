package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutover.launch.RefusingPort;
import dev.cutover.wire.Fault;
import dev.cutover.wire.ProviderScript.ErrorReply;
import dev.cutover.wire.ProviderScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Load runs that fail in known ways, with the embedded mock provider scripted to refuse or break requests:
 * every failed request must be counted with the status it really got (none when no answer came) and a
 * reason of its own, streams as well as plain requests.
 */
class LoadErrorsIT {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final Path REPORTS = PROJECT.resolve("target/self-test-reports");
    private static final Path DIRECT_MOCK = PROJECT.resolve("targets/direct-mock.yaml");
    @Test
    void refusedStreamsAndRequestsCountWithTheirOwnStatus() throws IOException {
        // 100 requests in two seconds, half streamed: refused and answered streams share Gatling's event loops.
        LoadProfile profile = profile(50, 100);
        LoadRig rig = LoadRig.open(DIRECT_MOCK, profile);
        rig.scriptProvider(true, refusal(429, 20));
        rig.scriptProvider(false, refusal(503, 10));
        LoadRun run = LoadRunner.run(rig, profile, REPORTS);
        Path dir = report(run);

        JsonNode metrics = new ObjectMapper().readTree(dir.resolve(LoadReport.JSON).toFile()).path("metrics");
        assertEquals(30, metrics.path("failed").asInt());
        assertEquals(Map.of("429", 20, "503", 10), counts(metrics.path("errorsByStatus")));
        assertEquals(Map.of("HTTP 429", 20, "HTTP 503", 10), counts(metrics.path("errorsByReason")));
        assertTrue(Files.readString(dir.resolve(LoadReport.HTML)).contains("HTTP 429"));
        List<Sample> answered = streams(run).stream().filter(Sample::ok).toList();
        assertEquals(30, answered.size());
        assertTrue(answered.stream().allMatch(s -> s.status() == 200 && s.ttftMs() != null), answered.toString());
    }

    @Test
    void aStreamBrokenAfterItsFirstEventFailsOnItsOwnReasonWithStatus200() {
        // Two requests a second for five seconds: the first streams time out (2 s) while the run goes on past the
        // moment Gatling would resend them (3 s after each break).
        LoadProfile profile = profile(2, 10, 2000);
        LoadRig rig = LoadRig.open(DIRECT_MOCK, profile);
        // The mock sends the role chunk and the first content chunk, then drops the connection, every time.
        rig.scriptProvider(true, fault(Fault.RESET_MID_STREAM));
        LoadRun run = LoadRunner.run(rig, profile, REPORTS);
        report(run);

        List<Sample> streams = streams(run);
        assertEquals(5, streams.size());
        for (Sample s : streams) {
            assertEquals(200, s.status(), s.toString());
            assertEquals("no [DONE] within 2000 ms", s.error());
            assertNotNull(s.ttftMs(), "its first event did arrive: " + s);
        }
        assertEquals(0, run.metrics().failed() - streams.size(), "plain requests were not scripted to fail");
        // Resends falling due after the scenario gave up on their stream are refused too, not sent.
        assertEquals(5, rig.received(true), "one request per stream reached the mock");
        assertTrue(run.resendsRefused() >= 1, "the first streams' resends fell due during the run");
    }

    @Test
    void aStreamBrokenOnceFailsInsteadOfSucceedingLateOnGatlingsResend() throws IOException {
        // Time enough for Gatling's resend 3 s after the break to be answered: before the fix, it was.
        LoadProfile profile = profile(10, 10, 6000);
        LoadRig rig = LoadRig.open(DIRECT_MOCK, profile);
        // Only the first stream the mock sees is reset mid-way; any later request for it is answered in full.
        rig.scriptProvider(true, script(null, 1, Fault.RESET_MID_STREAM));
        LoadRun run = LoadRunner.run(rig, profile, REPORTS);
        Path dir = report(run);

        List<Sample> streams = streams(run);
        List<Sample> failed = streams.stream().filter(s -> !s.ok()).toList();
        assertEquals(1, failed.size(), "the broken stream, not a slow success: " + streams);
        assertEquals(200, failed.get(0).status());
        assertEquals("stream broken before [DONE]", failed.get(0).error());
        assertTrue(run.metrics().latency().get(Metric.E2E).max() < 3000,
                "no success waited for a resend: " + run.metrics().latency().get(Metric.E2E));
        assertEquals(1, run.resendsRefused());
        assertEquals(5, rig.received(true), "the gateway got one request per stream, none resent");
        JsonNode json = new ObjectMapper().readTree(dir.resolve(LoadReport.JSON).toFile());
        assertEquals(1, json.path("resendsRefused").asInt());
        assertEquals(Map.of("stream broken before [DONE]", 1), counts(json.path("metrics").path("errorsByReason")));
        assertTrue(Files.readString(dir.resolve(LoadReport.HTML)).contains("tried to send again were refused"));
    }

    @Test
    void aStreamResetBeforeItsHeadersHasNoStatus() {
        LoadProfile profile = profile();
        LoadRig rig = LoadRig.open(DIRECT_MOCK, profile);
        rig.scriptProvider(true, fault(Fault.RESET_BEFORE_HEADERS));
        rig.scriptProvider(false, fault(Fault.RESET_BEFORE_HEADERS));
        LoadRun run = LoadRunner.run(rig, profile, REPORTS);
        report(run);

        assertEquals(Map.of(0, 10), run.metrics().errorsByStatus());
        assertEquals(Map.of("no response", 10), run.metrics().errorsByReason());
    }

    @Test
    void aRefusedConnectionHasNoStatus() throws IOException {
        // A port held bound but never listened on for the whole run: every connection is refused.
        try (RefusingPort nowhere = new RefusingPort()) {
            Path target = Files.createTempFile("nowhere", ".yaml");
            Files.writeString(target, """
                    name: nowhere
                    gateway: direct
                    baseUrl: http://127.0.0.1:%d/v1
                    auth: {header: Authorization, scheme: Bearer, key: sk-nowhere}
                    models: {chat: gpt-4o-mini}
                    upstream: real
                    features: [chat, streaming]
                    """.formatted(nowhere.number()));
            LoadProfile profile = profile();
            LoadRun run = LoadRunner.run(LoadRig.open(target, profile), profile, REPORTS);
            report(run);

            assertEquals(5, streams(run).size());
            assertEquals(Map.of(0, 10), run.metrics().errorsByStatus());
            assertEquals(Map.of("no response", 10), run.metrics().errorsByReason());
        }
    }

    /** Ten requests in a second, every other one streamed. */
    private static LoadProfile profile() {
        return profile(10, 10);
    }

    /**
     * With a request timeout that only guards against a hang: no answered request comes near it, and no test
     * that uses it is about timeouts (a tight one would fail an answer that was merely slow on a busy machine).
     */
    private static LoadProfile profile(int perSecond, int requests) {
        return profile(perSecond, requests, 10_000);
    }

    private static LoadProfile profile(int perSecond, int requests, int timeoutMs) {
        try {
            Path file = Files.createTempFile("errors", ".yaml");
            Files.writeString(file, """
                    name: errors
                    arrival: [{rate: %d, seconds: %d}]
                    streaming: 0.5
                    completion: {words: 4}
                    provider: {ttftMs: 20, tokensPerSecond: 100}
                    limits: {seconds: 10, requests: %d, requestTimeoutMs: %d}
                    """.formatted(perSecond, requests / perSecond, requests, timeoutMs));
            return LoadProfileReader.read(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path report(LoadRun run) {
        return LoadReport.write(run, null, LoadVerdict.of(run.metrics(), run.profile().thresholds()));
    }

    private static List<Sample> streams(LoadRun run) {
        return run.samples().stream().filter(Sample::stream).toList();
    }

    private static Map<String, Integer> counts(JsonNode object) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }

    /** The first {@code times} requests are refused with {@code status}, the later ones answered. */
    private static ProviderScript refusal(int status, int times) {
        return script(new ErrorReply(status, "rate_limit_error", "rate_limited", "Slow down", null), times, null);
    }

    private static ProviderScript fault(Fault fault) {
        return script(null, 0, fault);
    }

    private static ProviderScript script(ErrorReply error, int failTimes, Fault fault) {
        return ProviderScript.builder().content("one two three four").error(error).failTimes(failTimes)
                .ttftMs(20).gapsMs(10).fault(fault).build();
    }
}
