package dev.cutover.verdict;

import dev.cutover.mock.MockOptions;
import dev.cutover.parity.Parity;
import dev.cutover.parity.ParityResult;
import dev.cutover.parity.ScenarioRuns;
import dev.cutover.run.Outcome;
import dev.cutover.run.Outcomes;
import dev.cutover.run.Session;
import dev.cutover.scenario.Breakers;
import dev.cutover.scenario.Catalog;
import dev.cutover.scenario.Scenario;
import dev.cutover.target.Upstream;
import dev.cutover.wire.Redactor;
import dev.cutover.yaml.InputError;
import dev.cutover.yaml.InputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a plan: both targets opened (each with its own mock provider), the selected scenarios run three
 * times — baseline, baseline again, candidate — then parity and the verdict.
 */
public final class CompareRun implements AutoCloseable {
    /** Called after each scenario has run on all three passes. */
    public interface Progress {
        void scenario(int done, int total, ScenarioRuns runs);
    }

    private final Plan plan;
    private final Catalog catalog;
    private final Session baseline;
    private final Session candidate;
    private final Redactor redactor;

    private CompareRun(Plan plan, Catalog catalog, Session baseline, Session candidate) {
        this.plan = plan;
        this.catalog = catalog;
        this.baseline = baseline;
        this.candidate = candidate;
        List<String> secrets = new ArrayList<>(baseline.target().secrets());
        secrets.addAll(candidate.target().secrets());
        this.redactor = new Redactor(secrets);
    }

    /**
     * Loads the plan's scenarios and opens both targets (starting any gateway they launch).
     *
     * @throws InputException when the selection is empty or a file is unusable (nothing is left running)
     */
    public static CompareRun open(Plan plan, MockOptions mock) {
        Catalog catalog = plan.selection().apply(Catalog.load(plan.selection().paths()));
        if (catalog.scenarios().isEmpty() && catalog.broken().isEmpty()) {
            throw new InputException(new InputError(plan.file(), 0, "scenarios",
                    "selects no scenario (" + plan.selection().describe() + " under " + plan.selection().paths() + ")"));
        }
        Session a = Session.open(plan.baseline(), mock);
        try {
            Session b = Session.open(plan.candidate(), mock);
            for (Session s : List.of(a, b)) {
                if (plan.maxRequests() != null || plan.maxTokens() != null) {
                    s.limit(s.bill().cap().with(plan.maxRequests(), plan.maxTokens()));
                }
            }
            return new CompareRun(plan, catalog, a, b);
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
    }

    public int scenarioCount() {
        return catalog.scenarios().size() + catalog.broken().size();
    }

    public Side baselineSide() {
        return Side.of("baseline", baseline.target(), redactor.mask(baseline.target().baseUrl()));
    }

    public Side candidateSide() {
        return Side.of("candidate", candidate.target(), redactor.mask(candidate.target().baseUrl()));
    }

    public Redactor redactor() {
        return redactor;
    }

    /**
     * Runs every selected scenario three times in a row — baseline, baseline again, candidate — so that
     * the three see the same moment of a shared machine (as Diffy sends each request to all three at once).
     */
    public ComparisonResult run(Progress progress, Clock clock) {
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        Optional<String> baselineDown = baseline.preflight();
        Optional<String> candidateDown = candidate.preflight();
        int total = scenarioCount();
        List<ScenarioRuns> runs = new ArrayList<>();
        for (Catalog.Broken b : catalog.broken()) {
            runs.add(new ScenarioRuns(Outcomes.broken(b, baseline.target().name()), Outcomes.broken(b, baseline.target().name()),
                    Outcomes.broken(b, candidate.target().name())));
            progress.scenario(runs.size(), total, runs.get(runs.size() - 1));
        }
        // Scenarios that make the provider fail run last, so a circuit breaker they trip meets no other; each
        // side's own pacing spaces them, the baseline's second pass included.
        Map<Scenario, ScenarioRuns> byScenario = new java.util.HashMap<>();
        for (Scenario s : Breakers.breakerSafe(catalog.scenarios())) {
            // A scenario one side's spending cap leaves out is left out on both, so the sides compare the same ones.
            String capped = capRefusal(s);
            ScenarioRuns r;
            if (capped != null) {
                Outcome a = Outcomes.leftOut(s, baseline.target().name(), capped);
                r = new ScenarioRuns(a, a, Outcomes.leftOut(s, candidate.target().name(), capped));
            } else {
                Outcome a1 = run(baseline, baselineDown, s);
                Outcome a2 = run(baseline, baselineDown, s);
                r = new ScenarioRuns(a1, a2, run(candidate, candidateDown, s));
            }
            byScenario.put(s, r);
            progress.scenario(runs.size() + byScenario.size(), total, r);
        }
        catalog.scenarios().forEach(s -> runs.add(byScenario.get(s)));
        boolean realModel = baseline.target().upstream() == Upstream.REAL || candidate.target().upstream() == Upstream.REAL;
        ParityResult parity = Parity.compare(runs, realModel);
        Side sa = baselineSide();
        Side sb = candidateSide();
        Decision decision = Judge.decide(plan, parity, runs, sa, sb, LocalDate.ofInstant(clock.instant(), clock.getZone()));
        return new ComparisonResult(plan, sa, sb, startedAt, (System.nanoTime() - start) / 1e6, List.copyOf(runs), parity, decision);
    }

    /**
     * Asks no SDK: parity and the compare pages do not read SDK verdicts (yet), and asking for each of three runs
     * per scenario would cost the comparison time for nothing.
     */
    private static Outcome run(Session session, Optional<String> down, Scenario s) {
        return down.isPresent() ? Outcomes.notRun(s, session.target().name(), "target unreachable: " + down.get())
                : session.runUnjudged(s);
    }

    /** Why either side's cap leaves the scenario out (the baseline sends it twice), or null. */
    private String capRefusal(Scenario s) {
        String a = baseline.runner().capRefusal(s, 2);
        if (a != null) return "baseline: " + a;
        String b = candidate.runner().capRefusal(s, 1);
        return b == null ? null : "candidate: " + b;
    }

    /** What the gateways this run started printed, by side, for the report folder. */
    public List<Session> sessions() {
        return List.of(baseline, candidate);
    }

    @Override
    public void close() {
        try {
            baseline.close();
        } finally {
            candidate.close();
        }
    }
}
