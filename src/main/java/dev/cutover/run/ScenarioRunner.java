package dev.cutover.run;

import dev.cutover.expect.ExpectContext;
import dev.cutover.expect.Expectation;
import dev.cutover.expect.Expectations;
import dev.cutover.http.ExchangeClient;
import dev.cutover.http.HttpCall;
import dev.cutover.mock.ScriptedProvider;
import dev.cutover.oracle.Oracles;
import dev.cutover.oracle.SdkVerdict;
import dev.cutover.scenario.AuthMode;
import dev.cutover.scenario.Breakers;
import dev.cutover.scenario.Feature;
import dev.cutover.scenario.RequestSpec;
import dev.cutover.scenario.Scenario;
import dev.cutover.scenario.Step;
import dev.cutover.target.Routes;
import dev.cutover.target.Target;
import dev.cutover.target.Upstream;
import dev.cutover.wire.Endpoint;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.Redactor;
import dev.cutover.yaml.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs one scenario against one target: decides whether it can run, sends each step, attaches what the
 * mock provider received, checks every expectation, and asks the official SDKs ({@link Oracles}) what they
 * make of the answer. Never throws for a scenario's sake: whatever happens becomes an {@link Outcome}.
 */
public final class ScenarioRunner {
    private final Target target;
    private final ScriptedProvider mock;
    private final Redactor redactor;
    private final String nonce;
    private final Oracles oracles;
    private final ExchangeClient client = new ExchangeClient();
    private final BreakerPacing breaker;
    private boolean warmedUp;
    /** Real providers stand behind the target: steps run their live view, nothing is scripted, requests are billed. */
    private final boolean real;
    private final Spending spending;

    /** A runner that asks no SDK. */
    public ScenarioRunner(Target target, ScriptedProvider mock, Redactor redactor, String nonce) {
        this(target, mock, redactor, nonce, Oracles.none());
    }

    /** A runner that asks {@code oracles} about every step's answer; the caller closes them. */
    public ScenarioRunner(Target target, ScriptedProvider mock, Redactor redactor, String nonce, Oracles oracles) {
        this.target = target;
        this.mock = mock;
        this.redactor = redactor;
        this.nonce = nonce;
        this.real = mock == null || target.upstream() != Upstream.MOCK;
        this.breaker = new BreakerPacing(target.breaker(), !real);
        this.oracles = oracles;
        this.spending = new Spending(real);
    }

    /** Holds the runs of this runner to a cap (against real providers {@link Cap#REAL_DEFAULT} unless told). */
    public void limit(Cap cap) {
        spending.limit(cap);
    }

    /** What this runner has sent so far, per model. */
    public Bill bill() {
        return spending.bill();
    }

    /** Runs a scenario and asks the SDKs about each step's answer. */
    public Outcome run(Scenario s) {
        return judge(s, runUnjudged(s));
    }

    /** Runs a scenario, asking no SDK: its outcome is settled by the checks alone (a timed one by {@link TimingAttempts}). */
    public Outcome runUnjudged(Scenario s) {
        if (!TimingAttempts.applies(s)) return once(s, false);
        if (!warmedUp) warmUp(s);
        return TimingAttempts.settle(s, bypassCache -> once(s, bypassCache));
    }

    /**
     * Before a compare runs a scenario {@code times} times on this target: why that would pass the cap (the scenario
     * then counts as not run here), or null when it fits or would send nothing — so both sides leave out the same ones.
     */
    public String capRefusal(Scenario scenario, int times) {
        LiveView view = real ? LiveView.of(scenario) : new LiveView(scenario, null);
        if (view.notSupported() != null || whyNotSupported(view.scenario()) != null) return null;
        return spending.refusal(view.scenario(), times);
    }

    private Outcome once(Scenario scenario, boolean bypassCache) {
        long start = System.nanoTime();
        // Against real providers each step runs its live request and checks, unscripted.
        LiveView view = real ? LiveView.of(scenario) : new LiveView(scenario, null);
        Scenario s = view.scenario();
        String unsupported = view.notSupported() != null ? view.notSupported() : whyNotSupported(s);
        if (unsupported == null) unsupported = spending.refusal(s);
        if (unsupported != null) return outcome(scenario, Status.NOT_SUPPORTED, unsupported, List.of(), start);
        String key = s.id() + "." + nonce;
        List<StepResult> results = new ArrayList<>();
        Map<String, Observation> earlier = new HashMap<>();
        boolean trips = Breakers.trips(s);
        Target via = trips ? breaker.beforeFault(target) : target;
        try {
            for (Step step : s.steps()) {
                if (!real) mock.script(key, step.provider());
                int before = real ? 0 : mock.received(key).size();
                Observation obs = send(bypassCache ? bypassing(step.request()) : step.request(), key, via);
                if (!real) obs = obs.withUpstream(mock.received(key));
                results.add(new StepResult(step.name(), obs, check(s, step, obs, before, earlier)));
                earlier.put(step.name(), obs);
            }
        } catch (RuntimeException e) {
            String why = e instanceof IllegalArgumentException ? e.getMessage() : "runner failed: " + e;
            return outcome(s, Status.ERROR, redactor.mask(why), results, start);
        } finally {
            if (mock != null) mock.forget(key);
            if (trips) breaker.afterFault(s);
        }
        String failure = firstFailure(results);
        if (failure != null && !trips) failure += breaker.suspect(results);
        return outcome(s, failure == null ? Status.PASSED : Status.FAILED, failure, results, start);
    }

    /**
     * The outcome with each step's SDK verdicts ({@link Oracles}), masked like every other text of it. Apart from
     * the run so a session can ask while the next scenario runs; the SDKs' time is no part of the duration.
     */
    public Outcome judge(Scenario s, Outcome o) {
        if (oracles.isEmpty() || o.steps().isEmpty()) return o;
        List<StepResult> judged = new ArrayList<>();
        for (int i = 0; i < o.steps().size(); i++) {
            StepResult r = o.steps().get(i);
            List<SdkVerdict> sdks = oracles.judge(s.steps().get(i).request().endpoint(), r.observation()).stream()
                    .map(v -> v.masked(redactor::mask)).toList();
            judged.add(new StepResult(r.name(), r.observation(), r.checks(), sdks));
        }
        return o.withSteps(judged);
    }

    private void warmUp(Scenario s) {
        warmedUp = true;
        // Against real providers every request is paid for and judged; there is nothing scripted to time anyway.
        RequestSpec warmUp = real ? null : TimingAttempts.warmUp(target, s);
        if (warmUp != null) client.send(RequestBuilder.build(warmUp, target, "warm-up." + nonce), redactor);
    }

    private RequestSpec bypassing(RequestSpec r) {
        if (r.bypassCache() || !target.conventions().containsKey("cacheBypassHeader")) return r;
        return new RequestSpec(r.endpoint(), r.path(), r.method(), r.model(), r.headers(), r.body(), r.auth(), r.timeoutMs(),
                r.marker(), r.keyName(), r.repeat(), true);
    }

    /** Sends a step's request; with {@code repeat}, again until the awaited status or the limit. */
    private Observation send(RequestSpec spec, String key, Target via) {
        int times = spec.repeat() == null ? 1 : spec.repeat().max();
        Observation obs = null;
        for (int i = 0; i < times; i++) {
            HttpCall call = RequestBuilder.build(spec, via, key);
            obs = client.send(call, redactor);
            spending.record(obs);
            if (spec.repeat() != null && obs.status() == spec.repeat().untilStatus()) break;
            // No answer, or one that never ended, is no step towards the awaited status: a gateway that stalls every
            // request would otherwise hold a burst of up to 1,000 requests for a timeout each (10 x 30 s for
            // rate-limit-burst-429).
            if (obs.status() == 0 || obs.timedOut()) break;
        }
        return obs;
    }

    private String whyNotSupported(Scenario s) {
        List<Feature> missing = target.unclaimed(s.features());
        if (!missing.isEmpty()) {
            return "target '" + target.name() + "' does not claim " + missing.stream().map(Feature::wireName).collect(Collectors.joining(", "));
        }
        List<Feature> excluding = s.unlessClaims().stream().filter(target::claims).toList();
        if (!excluding.isEmpty()) {
            return "does not apply to a target that claims " + excluding.stream().map(Feature::wireName).collect(Collectors.joining(", "));
        }
        Set<String> conventions = new TreeSet<>();
        for (Step step : s.steps()) {
            RequestSpec r = step.request();
            if (r.auth() == AuthMode.NAMED && !target.keys().containsKey(r.keyName())) {
                return "target '" + target.name() + "' names no key '" + r.keyName() + "' (profile field keys)";
            }
            if (r.bypassCache()) conventions.add("cacheBypassHeader");
            if (r.endpoint() == Endpoint.HEALTH_LIVENESS || r.endpoint() == Endpoint.HEALTH_READINESS) {
                conventions.add(Routes.healthConvention(r.endpoint()));
            }
            step.expectations().forEach(e -> conventions.addAll(e.conventions()));
        }
        conventions.removeAll(target.conventions().keySet());
        if (!conventions.isEmpty()) {
            return "target '" + target.name() + "' names no " + String.join(", ", conventions) + " (profile field conventions)";
        }
        if (real) {
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

    private List<Check> check(Scenario s, Step step, Observation obs, int upstreamBefore, Map<String, Observation> earlier) {
        ExpectContext ctx = new ExpectContext(step.provider(), target.auth().key(), target.conventions(), target.allowances(),
                upstreamBefore, step.request().repeat() != null, Map.copyOf(earlier));
        List<Check> checks = new ArrayList<>();
        List<Expectation> all = new ArrayList<>(step.expectations());
        // Behind cutover's mock every step is also checked both ways by value, without a line in the scenario.
        if (!real) all.add(Expectations.transparency(new Source(s.file(), step.line())));
        // Every streamed answer, real or scripted, is also held to what the reference says of a stream as a whole.
        if (obs.isStream()) all.add(Expectations.chunkSequence(new Source(s.file(), step.line())));
        for (Expectation e : all) {
            List<String> problems;
            try {
                problems = e.check(obs, ctx);
            } catch (RuntimeException ex) {
                problems = List.of("check could not be evaluated: " + ex);
            }
            checks.add(new Check(e.describe(), e.source(), problems.stream().map(redactor::mask).toList()));
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
                    first = prefix + c.firstProblem();
                }
            }
        }
        if (first == null) return null;
        return failed > 1 ? first + " (+" + (failed - 1) + " more)" : first;
    }

    private Outcome outcome(Scenario s, Status status, String reason, List<StepResult> steps, long start) {
        return new Outcome(s.info(), target.name(), status, reason, steps, (System.nanoTime() - start) / 1_000_000.0);
    }
}
