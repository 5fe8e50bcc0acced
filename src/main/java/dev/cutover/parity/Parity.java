package dev.cutover.parity;

import dev.cutover.run.Outcome;
import dev.cutover.run.Status;
import dev.cutover.run.StepResult;
import dev.cutover.scenario.Severity;
import dev.cutover.wire.Observation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Baseline against candidate, scenario by scenario: normalise each step's observation, diff it field by
 * field, filter the noise the baseline shows against itself, classify what is left.
 */
public final class Parity {
    private Parity() {}

    /** @param generatedText a real model answers on some side, so generated text and vectors are not compared */
    public static ParityResult compare(List<ScenarioRuns> scenarios, boolean generatedText) {
        List<StepComparison> steps = new ArrayList<>();
        for (ScenarioRuns r : scenarios) steps.addAll(compare(r, generatedText));
        NoiseFilter.Result filtered = NoiseFilter.apply(steps);
        List<Difference> differences = filtered.kept().stream().map(Parity::classified).toList();
        return new ParityResult(differences, filtered.dropped().size(), filtered.noisyPaths(),
                (int) steps.stream().filter(s -> s.step() >= 0).count());
    }

    private static List<StepComparison> compare(ScenarioRuns r, boolean generated) {
        List<StepComparison> out = new ArrayList<>();
        Outcome a = r.baseline();
        Outcome a2 = r.baselineAgain();
        Outcome b = r.candidate();
        out.add(new StepComparison(r, -1, Set.of("outcome"), outcomeChange(a, b), outcomeChange(a, a2)));
        // Steps are compared only where both sides ran them; a scenario that did not run on one side shows
        // in its outcome.
        if (!ran(a) || !ran(b)) return out;
        int n = Math.min(a.steps().size(), b.steps().size());
        for (int i = 0; i < n; i++) {
            Snapshot s1 = snapshot(a, i, generated);
            Snapshot s2 = i < a2.steps().size() && ran(a2) ? snapshot(a2, i, generated) : s1;
            Snapshot sb = snapshot(b, i, generated);
            if (!upstreamComparable(a.steps().get(i).observation(), b.steps().get(i).observation())) {
                s1 = s1.withoutUpstream();
                s2 = s2.withoutUpstream();
                sb = sb.withoutUpstream();
            }
            Set<String> paths = new LinkedHashSet<>(s1.fields().keySet());
            paths.addAll(s2.fields().keySet());
            paths.addAll(sb.fields().keySet());
            out.add(new StepComparison(r, i, paths, consequences(Differ.diff(s1, sb)), consequences(Differ.diff(s1, s2))));
        }
        return out;
    }

    /**
     * The mock files what it receives under the exchange named by the content marker or the
     * x-cutover-exchange header. Without a marker, behind a gateway that drops the header, it cannot tell
     * which exchange a request belongs to: an empty journal there says nothing about the gateway.
     */
    static boolean upstreamComparable(Observation a, Observation b) {
        boolean bothSeen = !a.upstream().isEmpty() && !b.upstream().isEmpty();
        return bothSeen || marked(a) && marked(b);
    }

    private static boolean marked(Observation o) {
        return o.request().body() != null && o.request().body().contains("[cutover:");
    }

    /** When the provider was not called at all on one side, that one difference says it; the rest follow from it. */
    private static List<Change> consequences(List<Change> changes) {
        boolean oneSideNotCalled = changes.stream().anyMatch(c -> c.path().equals("upstream.count") && c.kind() != Change.Kind.CHANGED);
        if (!oneSideNotCalled) return changes;
        return changes.stream().filter(c -> c.path().equals("upstream.count") || !c.path().startsWith("upstream.")).toList();
    }

    private static boolean ran(Outcome o) {
        return o.status() != Status.NOT_SUPPORTED && !o.steps().isEmpty();
    }

    private static Snapshot snapshot(Outcome o, int step, boolean generated) {
        StepResult s = o.steps().get(step);
        return Snapshot.of(s.observation(), generated);
    }

    private static List<Change> outcomeChange(Outcome a, Outcome b) {
        if (Objects.equals(a.status(), b.status())) return List.of();
        return List.of(new Change("outcome", a.status().name(), b.status().name()));
    }

    /**
     * A change toward the catalog: the candidate passes where the baseline failed — the step's checks, or for
     * the outcome the whole scenario. Its differences are what got better.
     */
    static boolean improves(Finding f) {
        Outcome base = f.runs().baseline();
        Outcome cand = f.runs().candidate();
        boolean baseFailed = base.status() == Status.FAILED || base.status() == Status.ERROR;
        if (!baseFailed || cand.status() != Status.PASSED) {
            if (f.step() < 0 || f.step() >= base.steps().size() || f.step() >= cand.steps().size()) return false;
            return !base.steps().get(f.step()).passed() && cand.steps().get(f.step()).passed()
                    && cand.status() != Status.FAILED;
        }
        return true;
    }

    private static Difference classified(Finding f) {
        Outcome base = f.runs().baseline();
        Outcome cand = f.runs().candidate();
        Classification c = improves(f) ? new Classification(DiffClass.IMPROVEMENT,
                "the candidate passes what the baseline failed") : Classifier.classify(f.change());
        String why = c.why();
        if (f.step() < 0 && cand.reason() != null) why += ": " + cand.reason();
        String stepName = f.step() < 0 ? null : base.steps().get(f.step()).name();
        Severity severity = base.severity() == null ? Severity.MAJOR : base.severity();
        return new Difference(base.scenarioId(), base.title(), base.area(),
                base.features() == null ? List.of() : base.features(), severity, f.step(), stepName,
                f.change().path(), f.change().baseline(), f.change().candidate(), c.diffClass(), why);
    }
}
