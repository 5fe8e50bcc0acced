package dev.cutover.parity;

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
import dev.cutover.wire.ReceivedRequest;
import dev.cutover.wire.SentRequest;
import dev.cutover.wire.SseEvent;
import dev.cutover.wire.Timings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Observations and outcomes built by hand, shaped as cutover records them, so parity tests need no network. */
public final class Exchanges {
    static final SentRequest MARKED = new SentRequest("POST", "http://127.0.0.1:4000/v1/chat/completions", Headers.EMPTY,
            "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi [cutover:chat.ab12cd34]\"}]}");

    private Exchanges() {}

    /** A chat completion as a provider answers it; id, created and date differ on every call. */
    public static String completion(String id, long created, String content, int promptTokens) {
        return "{\"id\":\"" + id + "\",\"object\":\"chat.completion\",\"created\":" + created + ",\"model\":\"gpt-4o-mini\","
                + "\"system_fingerprint\":\"fp_" + id.hashCode() + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":\"" + content + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":" + promptTokens
                + ",\"completion_tokens\":5,\"total_tokens\":" + (promptTokens + 5) + "}}";
    }

    public static Observation json(int status, String body, Map<String, String> headers, double totalMs) {
        Map<String, List<String>> h = new LinkedHashMap<>();
        h.put("Content-Type", List.of("application/json"));
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        return new Observation(MARKED, status, Headers.of(h), body, List.of(), List.of(), new Timings(totalMs, null, totalMs),
                null, List.of(upstream("{\"model\":\"gpt-4o-mini\",\"temperature\":0.2}")));
    }

    public static Observation json(int status, String body) {
        return json(status, body, Map.of("Date", "Sun, 22 Nov 2026 13:48:22 GMT"), 40);
    }

    /** A stream of the given content pieces, 10 ms apart, ending in [DONE] when asked. */
    public static Observation stream(List<String> pieces, boolean done) {
        List<SseEvent> events = new ArrayList<>();
        double at = 20;
        for (String p : pieces) {
            events.add(new SseEvent(null, "{\"id\":\"chatcmpl-" + System.nanoTime() + "x\",\"object\":\"chat.completion.chunk\","
                    + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + p + "\"},\"finish_reason\":null}]}", at));
            at += 10;
        }
        events.add(new SseEvent(null, "{\"id\":\"chatcmpl-9z\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                + "\"delta\":{},\"finish_reason\":\"stop\"}]}", at));
        if (done) events.add(new SseEvent(null, "[DONE]", at + 1));
        return new Observation(MARKED, 200, Headers.of(Map.of("content-type", List.of("text/event-stream; charset=utf-8"))),
                "", events, List.of(), new Timings(15, 20.0, at + 1), null, List.of(upstream("{\"stream\":true}")));
    }

    public static ReceivedRequest upstream(String body) {
        return new ReceivedRequest("POST", "/v1/chat/completions", null,
                Headers.of(Map.of("user-agent", List.of("node"), "content-type", List.of("application/json"))), body, 0L);
    }

    public static Observation withUpstream(Observation o, List<ReceivedRequest> upstream) {
        return new Observation(o.request(), o.status(), o.headers(), o.body(), o.events(), o.streamProblems(), o.timings(),
                o.transportError(), upstream);
    }

    public static Observation withTransportError(Observation o, String error) {
        return new Observation(o.request(), o.status(), o.headers(), o.body(), o.events(), o.streamProblems(), o.timings(),
                error, o.upstream());
    }

    public static Outcome outcome(String id, String area, Severity severity, Status status, Observation... steps) {
        List<StepResult> results = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) results.add(new StepResult("step" + i, steps[i], List.<Check>of()));
        return new Outcome(new ScenarioInfo(id, "Title of " + id, area, List.of(Feature.CHAT), Level.CORE, severity,
                Path.of("scenarios", area, id + ".yaml")), "t", status, status == Status.PASSED ? null : "because", results, 1);
    }

    public static Outcome passed(String id, Observation... steps) {
        return outcome(id, "chat", Severity.BLOCKER, Status.PASSED, steps);
    }

    public static ScenarioRuns runs(Outcome baseline, Outcome again, Outcome candidate) {
        return new ScenarioRuns(baseline, again, candidate);
    }
}
