package dev.cutover.run;

import dev.cutover.scenario.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * How much of what should have run did run — the first thing a verdict must say, since a run where nearly
 * everything was skipped proves nothing. A scenario is <em>applicable</em> when its target claims every feature
 * it needs (and none that exclude it): that one not running is a hole — it needed a scripted provider the
 * target does not have, a key or a convention the profile does not name, a preflight that failed — not a
 * choice. It <em>ran</em> when it passed, failed or failed as known.
 *
 * @param features per feature: applicable and ran
 * @param notRun   each applicable scenario that did not run, with why
 */
public record Coverage(int applicable, int ran, Map<String, Count> features, List<String> notRun) {

    /** What a run or plan asks for unless it says otherwise. */
    public static final double DEFAULT_MINIMUM = 0.8;

    public record Count(int applicable, int ran) {}

    public Coverage {
        features = Map.copyOf(features);
        notRun = List.copyOf(notRun);
    }

    /**
     * Ran of applicable; 0 when nothing was applicable. A run whose target claimed none of the selected scenarios'
     * features checked nothing, and read "0 of 0 (100 %)", exit 0: green. Now it is below any minimum above 0.
     */
    public double share() {
        return applicable == 0 ? 0 : (double) ran / applicable;
    }

    public boolean below(double minimum) {
        return share() < minimum;
    }

    /** "57 of 57 applicable scenarios ran (100 %)". */
    public String summary() {
        if (applicable == 0) return "no applicable scenario: the target claims the features of none of those selected, nothing was checked";
        return String.format(java.util.Locale.ROOT, "%d of %d applicable scenario%s ran (%.0f %%)", ran, applicable,
                applicable == 1 ? "" : "s", share() * 100);
    }

    /** Whether a feature had an applicable scenario and none of them ran. */
    public boolean neverRan(Feature f) {
        Count c = features.get(f.wireName());
        return c == null || c.ran() == 0;
    }

    public static boolean ran(Status s) {
        return s == Status.PASSED || s == Status.FAILED || s == Status.KNOWN_DIFFERENCE;
    }

    /** One target's run. */
    public static Coverage of(Set<Feature> claimed, List<Outcome> outcomes) {
        return of(outcomes, o -> o.scenario().appliesTo(claimed), o -> ran(o.status()), o -> o.reason());
    }

    /**
     * The same scenarios on two sides: applicable to both, ran on both.
     *
     * @param pairs each scenario's outcome on the baseline and on the candidate
     */
    public static Coverage ofPairs(Set<Feature> baseline, Set<Feature> candidate, List<Outcome[]> pairs) {
        List<Outcome> firsts = new ArrayList<>();
        Map<Outcome, Outcome> other = new java.util.IdentityHashMap<>();
        for (Outcome[] p : pairs) {
            firsts.add(p[0]);
            other.put(p[0], p[1]);
        }
        return of(firsts, o -> o.scenario().appliesTo(baseline) && o.scenario().appliesTo(candidate),
                o -> ran(o.status()) && ran(other.get(o).status()),
                o -> ran(o.status()) ? "candidate: " + other.get(o).reason() : "baseline: " + o.reason());
    }

    private static Coverage of(List<Outcome> outcomes, Predicate<Outcome> applies, Predicate<Outcome> didRun,
                               java.util.function.Function<Outcome, String> why) {
        int applicable = 0;
        int ran = 0;
        Map<String, int[]> perFeature = new TreeMap<>();
        List<String> notRun = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (!applies.test(o)) continue;
            boolean r = didRun.test(o);
            applicable++;
            if (r) ran++;
            else notRun.add(o.scenarioId() + ": " + why.apply(o));
            for (Feature f : o.features()) {
                int[] c = perFeature.computeIfAbsent(f.wireName(), k -> new int[2]);
                c[0]++;
                if (r) c[1]++;
            }
        }
        Map<String, Count> features = new TreeMap<>();
        perFeature.forEach((f, c) -> features.put(f, new Count(c[0], c[1])));
        return new Coverage(applicable, ran, features, notRun);
    }
}
