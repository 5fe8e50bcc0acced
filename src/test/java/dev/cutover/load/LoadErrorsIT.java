package dev.cutover.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutover.load.report.LoadReport;
import dev.cutover.scenario.Fault;
import dev.cutover.scenario.ProviderScript;
import dev.cutover.scenario.ProviderScript.ErrorReply;
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
    private static final Path REPORTS = PROJECT.resolve("reports");
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
        LoadProfile profile = profile();
        LoadRig rig = LoadRig.open(DIRECT_MOCK, profile);
        // The mock sends the role chunk and the first content chunk, then drops the connection.
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
        // ${port} is a free port this run does not start anything on: every connection is refused.
        Path target = Files.createTempFile("nowhere", ".yaml");
        Files.writeString(target, """
                name: nowhere
                gateway: direct
                baseUrl: http://127.0.0.1:${port}/v1
                auth: {header: Authorization, scheme: Bearer, key: sk-nowhere}
                models: {chat: gpt-4o-mini}
                upstream: real
                features: [chat, streaming]
                """);
        LoadProfile profile = profile();
        LoadRun run = LoadRunner.run(LoadRig.open(target, profile), profile, REPORTS);
        report(run);

        assertEquals(5, streams(run).size());
        assertEquals(Map.of(0, 10), run.metrics().errorsByStatus());
        assertEquals(Map.of("no response", 10), run.metrics().errorsByReason());
    }

    /** Ten requests in a second, every other one streamed. */
    private static LoadProfile profile() {
        return profile(10, 10);
    }

    private static LoadProfile profile(int perSecond, int requests) {
        try {
            Path file = Files.createTempFile("errors", ".yaml");
            Files.writeString(file, """
                    name: errors
                    arrival: [{rate: %d, seconds: %d}]
                    streaming: 0.5
                    completion: {words: 4}
                    provider: {ttftMs: 20, tokensPerSecond: 100}
                    limits: {seconds: 10, requests: %d, requestTimeoutMs: 2000}
                    """.formatted(perSecond, requests / perSecond, requests));
            return LoadProfileReader.read(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path report(LoadRun run) {
        return LoadReport.write(run, null, LoadVerdict.of(run.metrics(), run.profile().thresholds()), REPORTS);
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
        return new ProviderScript("one two three four", 1, null, List.of(), false, null, error, failTimes, Map.of(),
                0, 20, List.of(10), fault, null, 8);
    }
}
