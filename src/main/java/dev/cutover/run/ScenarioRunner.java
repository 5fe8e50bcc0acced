package dev.cutover.run;

import dev.cutover.expect.ExpectContext;
import dev.cutover.expect.Expectation;
import dev.cutover.http.HttpCall;
import dev.cutover.http.Observation;
import dev.cutover.http.PlainClient;
import dev.cutover.http.Redactor;
import dev.cutover.http.StreamClient;
import dev.cutover.mock.MockProvider;
import dev.cutover.scenario.ProviderScript;
import dev.cutover.scenario.Scenario;
import dev.cutover.scenario.Step;
import dev.cutover.target.Target;
import dev.cutover.target.Upstream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one scenario against one target: decides whether it can run, sends each step, attaches what the
 * mock provider received, and checks every expectation. Never throws for a scenario's sake: whatever
 * happens becomes an {@link Outcome}.
 */
public final class ScenarioRunner {
    private final Target target;
    private final MockProvider mock;
    private final Redactor redactor;
    private final String nonce;
    private final PlainClient plain = new PlainClient();
    private final StreamClient streaming = new StreamClient();

    public ScenarioRunner(Target target, MockProvider mock, Redactor redactor, String nonce) {
        this.target = target;
        this.mock = mock;
        this.redactor = redactor;
        this.nonce = nonce;
    }

    public Outcome run(Scenario s) {
        long start = System.nanoTime();
        String unsupported = whyNotSupported(s);
        if (unsupported != null) return outcome(s, Status.NOT_SUPPORTED, unsupported, List.of(), start);
        String key = s.id() + "." + nonce;
        List<StepResult> results = new ArrayList<>();
        try {
            for (Step step : s.steps()) {
                if (mock != null) mock.script(key, step.provider());
                HttpCall call = RequestBuilder.build(step.request(), target, key);
                Observation obs = (call.stream() ? streaming.send(call, redactor) : plain.send(call, redactor));
                if (mock != null) obs = obs.withUpstream(mock.received(key));
                results.add(new StepResult(step.name(), obs, check(step, obs)));
            }
        } catch (RuntimeException e) {
            String why = e instanceof IllegalArgumentException ? e.getMessage() : "runner failed: " + e;
            return outcome(s, Status.ERROR, redactor.mask(why), results, start);
        } finally {
            if (mock != null) mock.forget(key);
        }
        String failure = firstFailure(results);
        return outcome(s, failure == null ? Status.PASSED : Status.FAILED, failure, results, start);
    }

    private String whyNotSupported(Scenario s) {
        List<String> missing = target.unclaimed(s.features());
        if (!missing.isEmpty()) {
            return "target '" + target.name() + "' does not claim " + String.join(", ", missing);
        }
        if (target.upstream() != Upstream.MOCK || mock == null) {
            for (Step step : s.steps()) {
                boolean scripted = !step.provider().equals(ProviderScript.DEFAULT);
                boolean upstream = step.expectations().stream().anyMatch(Expectation::readsUpstream);
                if (scripted || upstream) {
                    return "needs cutover's scripted mock provider behind the target (upstream: mock); this target's upstream is real";
                }
            }
        }
        return null;
    }

    private List<Check> check(Step step, Observation obs) {
        ExpectContext ctx = new ExpectContext(step.provider(), target.auth().key());
        List<Check> checks = new ArrayList<>();
        for (Expectation e : step.expectations()) {
            List<String> problems;
            try {
                problems = e.check(obs, ctx);
            } catch (RuntimeException ex) {
                problems = List.of("check could not be evaluated: " + ex);
            }
            checks.add(new Check(e.describe(), problems.stream().map(redactor::mask).toList()));
        }
        return checks;
    }

    private static String firstFailure(List<StepResult> results) {
        int failed = 0;
        String first = null;
        for (StepResult r : results) {
            for (Check c : r.checks()) {
                if (c.passed()) continue;
                failed++;
                if (first == null) {
                    String prefix = results.size() > 1 ? r.name() + ": " : "";
                    first = prefix + c.expectation() + ": " + c.problems().get(0);
                }
            }
        }
        if (first == null) return null;
        return failed > 1 ? first + " (+" + (failed - 1) + " more)" : first;
    }

    private Outcome outcome(Scenario s, Status status, String reason, List<StepResult> steps, long start) {
        return new Outcome(s.id(), s.title(), s.area(), s.features(), s.level(), s.severity(), s.file(),
                target.name(), status, reason, List.copyOf(steps), (System.nanoTime() - start) / 1_000_000.0);
    }
}
