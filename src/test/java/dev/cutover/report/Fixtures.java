package dev.cutover.report;

import dev.cutover.oracle.SdkVerdict;
import dev.cutover.run.Check;
import dev.cutover.run.Outcome;
import dev.cutover.run.RunResult;
import dev.cutover.run.Status;
import dev.cutover.run.StepResult;
import dev.cutover.scenario.Feature;
import dev.cutover.scenario.Level;
import dev.cutover.scenario.ScenarioInfo;
import dev.cutover.scenario.Severity;
import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;
import dev.cutover.wire.SentRequest;
import dev.cutover.wire.SseEvent;
import dev.cutover.wire.Timings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A hand-built run with one outcome of each status, plus a transport failure; SECRET is planted throughout. */
final class Fixtures {
    static final String SECRET = "sk-live-TOPSECRET-4711";
    static final Instant STARTED = Instant.parse("2025-03-04T05:06:07Z");

    private Fixtures() {}

    static RunResult run() {
        return new RunResult("local-mock", "openai", "http://localhost:8080/v1", STARTED, 1234.5,
                List.of(passedStream(), failed(), notSupported(), errored(), transportFailure()));
    }

    private static Outcome passedStream() {
        return outcome("chat.stream", "Streams deltas", "chat", List.of(Feature.CHAT, Feature.STREAMING), Level.CORE,
                Status.PASSED, null, List.of(new StepResult("ask", stream(), List.of(new Check("status == 200", null, List.of())),
                        List.of(SdkVerdict.parsed("openai-java", "4.101.0", "2 chunks"),
                                SdkVerdict.raised("openai-node", "5.23.2", "SyntaxError", "Unexpected token near " + SECRET)))));
    }

    private static Observation stream() {
        SentRequest req = new SentRequest("POST", "http://localhost:8080/v1/chat/completions",
                headers("content-type", "application/json"), "{\"stream\":true}");
        List<SseEvent> events = List.of(new SseEvent(null, "{\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}", 12.5),
                new SseEvent(null, "[DONE]", 20.25));
        // The raw stream hides the secret behind an escape in one data line.
        String raw = "data: {\"choices\":[]}\n\ndata: {\"k\":\"\\u0073k-live-TOPSECRET-4711\"}\n\ndata: [DONE]\n\n";
        Observation ob = new Observation(req, 200, headers("content-type", "text/event-stream"), raw,
                events, List.of(), new Timings(5, 12.5, 20.25), null,
                List.of(new ReceivedRequest("POST", "/v1/chat/completions", null,
                        headers("authorization", "Bearer upstream-key"), "{\"stream\":true}", 1L)));
        return ob;
    }

    private static Outcome failed() {
        SentRequest req = new SentRequest("POST", "http://localhost:8080/v1/chat/completions",
                Headers.of(Map.of("Authorization", List.of("Bearer " + SECRET), "X-Custom", List.of("v-" + SECRET))),
                "{\"messages\":[{\"role\":\"user\",\"content\":\"<script>alert('x')</script> " + SECRET + "\"}]}");
        // The escaped form only becomes the secret once pretty-printing decodes it.
        String responseBody = "{\"error\":{\"message\":\"bad key \\u0073k-live-TOPSECRET-4711\"}}";
        Observation ob = new Observation(req, 401, headers("content-type", "application/json"), responseBody,
                List.of(), List.of(), new Timings(3, null, 4), null,
                List.of(new ReceivedRequest("POST", "/v1/chat/completions", "key=" + SECRET,
                        Headers.of(Map.of("x-upstream-key", List.of("raw"), "x-leak", List.of(SECRET))),
                        "{\"leak\":\"" + SECRET + "\"}", 2L)));
        List<Check> checks = List.of(new Check("status == 200", null, List.of("expected 200, got 401 for key " + SECRET)),
                new Check("header content-type", null, List.of()));
        return outcome("chat.auth", "Accepts the <client> key", "chat", List.of(Feature.CHAT), Level.CORE, Status.FAILED,
                "status was 401, not 200 (key " + SECRET + ")",
                List.of(new StepResult("ask", ob, checks, List.of(
                                SdkVerdict.raised("openai-java", "4.101.0", "UnauthorizedException", "status 401, no error code or type read"),
                                SdkVerdict.raised("openai-node", "5.23.2", "AuthenticationError", "status 401, no error code or type read"))),
                        new StepResult("then stream", stream(), List.of())));
    }

    private static Outcome notSupported() {
        return outcome("embeddings.basic", "Embeds text", "embeddings", List.of(Feature.EMBEDDINGS), Level.EXTENDED,
                Status.NOT_SUPPORTED, "target does not claim feature embeddings", List.of());
    }

    /**
     * As the runner reports an unreadable scenario file: only id, file, status and reason. The reason
     * ends in a control character that XML 1.0 cannot hold, which junit.xml must drop.
     */
    private static Outcome errored() {
        return new Outcome(new ScenarioInfo("broken.yaml", null, null, null, null, null, Path.of("scenarios", "broken.yaml")), null,
                Status.ERROR, "broken.yaml:3: unknown field \"stepz\"\u0001", null, 0);
    }

    private static Outcome transportFailure() {
        Observation ob = new Observation(new SentRequest("GET", "http://localhost:8080/v1/models", Headers.EMPTY, null),
                0, Headers.EMPTY, null, List.of(), List.of(), new Timings(0, null, 30000), "connection refused",
                List.of());
        return outcome("models.list", "Lists models", "models", List.of(Feature.MODELS), Level.CORE, Status.FAILED,
                "no response: connection refused",
                List.of(new StepResult("list", ob, List.of(new Check("status == 200", null, List.of("no response"))),
                        List.of(SdkVerdict.notApplicable("openai-java", "4.101.0", "no response arrived"),
                                SdkVerdict.unavailable("openai-node", null, "openai not installed")))));
    }

    private static Outcome outcome(String id, String title, String area, List<Feature> features, Level level,
                                   Status status, String reason, List<StepResult> steps) {
        return new Outcome(new ScenarioInfo(id, title, area, features, level, Severity.MAJOR, Path.of("scenarios", area, id + ".yaml")),
                "local-mock", status, reason, steps, 42.0);
    }

    private static Headers headers(String name, String value) {
        return Headers.of(Map.of(name, List.of(value)));
    }
}
