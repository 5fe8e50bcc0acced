package dev.cutover.verdict;

import dev.cutover.parity.Difference;
import dev.cutover.parity.ParityResult;
import dev.cutover.parity.ScenarioRuns;
import dev.cutover.run.Coverage;
import dev.cutover.run.Outcome;
import dev.cutover.run.Status;
import dev.cutover.scenario.Feature;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Weighs every difference by the plan's policy and waivers and gives the verdict with its reasons. */
public final class Judge {
    /** A reason names this many differences, then says how many more. */
    static final int EXAMPLES = 3;

    private Judge() {}

    public static Decision decide(Plan plan, ParityResult parity, List<ScenarioRuns> runs, Side baseline, Side candidate,
                                  LocalDate today) {
        List<Waiver> live = plan.waivers().stream().filter(w -> !w.expiredOn(today)).toList();
        List<Weighed> weighed = new ArrayList<>();
        for (Difference d : parity.differences()) {
            Waiver by = live.stream().filter(w -> w.matches(d)).findFirst().orElse(null);
            weighed.add(new Weighed(d, plan.policy().weigh(d.diffClass(), d.severity()), by));
        }
        List<WaiverUse> uses = plan.waivers().stream().map(w -> new WaiverUse(w,
                (int) parity.differences().stream().filter(w::matches).count(), w.expiredOn(today))).toList();

        List<String> blocking = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Feature f : plan.required()) {
            if (!candidate.features().contains(f)) blocking.add("required feature '" + f + "' is not offered by the candidate "
                    + candidate.target() + ": its scenarios cannot run there");
            if (!baseline.features().contains(f)) warnings.add("required feature '" + f + "' is not offered by the baseline "
                    + baseline.target() + ": there is nothing to compare it with");
        }
        long compared = runs.stream().filter(r -> ran(r.baseline().status()) && ran(r.candidate().status())).count();
        if (compared == 0) blocking.add("no scenario ran on both sides: nothing was compared");
        Coverage coverage = coverage(runs, baseline, candidate);
        List<String> inconclusive = inconclusive(plan, coverage, baseline, candidate);
        blocking.addAll(byArea(weighed, Impact.BLOCKING));
        warnings.addAll(byField(weighed, Impact.WARNING));
        List<ScenarioRuns> baselineErrors = runs.stream().filter(r -> r.baseline().status() == Status.ERROR).toList();
        if (!baselineErrors.isEmpty()) {
            warnings.add(baselineErrors.size() + " scenario" + plural(baselineErrors.size()) + " could not run on the baseline and "
                    + "were not compared (first: " + baselineErrors.get(0).scenarioId() + ": " + baselineErrors.get(0).baseline().reason() + ")");
        }
        uses.stream().filter(WaiverUse::expired).map(WaiverUse::describe).forEach(warnings::add);
        for (Side s : List.of(baseline, candidate)) {
            if (s.isStandIn()) notes.add("the " + s.role() + " is cutover's stand-in for " + s.standInFor() + " (" + s.target()
                    + "), not the real gateway: this verdict is about the gateway's documented behaviour; run the plan "
                    + "against the real profile before the real cutover");
        }
        List<Difference> better = weighed.stream().filter(w -> w.counted() == Impact.IMPROVEMENT).map(Weighed::difference).toList();
        if (!better.isEmpty()) {
            List<Difference> byScenario = better.stream().collect(Collectors.toMap(Difference::scenarioId, d -> d, (x, y) -> x,
                    LinkedHashMap::new)).values().stream().toList();
            notes.add(byScenario.size() + " scenario" + plural(byScenario.size()) + " improved: the candidate passes what the "
                    + "baseline failed (" + better.size() + " difference" + plural(better.size()) + ", listed, not counted: "
                    + examples(byScenario, Difference::scenarioId) + ")");
        }
        long waived = weighed.stream().filter(w -> w.waivedBy() != null).count();
        if (waived > 0) notes.add(waived + " difference" + plural(waived) + " accepted by waivers");
        long cosmetic = weighed.stream().filter(w -> w.waivedBy() == null && w.impact() == Impact.NOTE).count();
        if (cosmetic > 0) notes.add(cosmetic + " cosmetic difference" + plural(cosmetic) + " (extra headers or fields, reworded text), listed, not counted");
        if (parity.noiseDropped() > 0) notes.add(parity.noiseDropped() + " difference" + plural(parity.noiseDropped())
                + " dropped as noise: the baseline differs from itself there");
        uses.stream().filter(u -> !u.expired() && u.matched() == 0).map(WaiverUse::describe).forEach(notes::add);

        Verdict v = Verdict.of(!blocking.isEmpty(), !inconclusive.isEmpty(), !warnings.isEmpty());
        List<String> reasons = new ArrayList<>(blocking);
        reasons.addAll(inconclusive);
        reasons.addAll(warnings);
        reasons.addAll(notes);
        if (v == Verdict.GO && weighed.isEmpty()) reasons.add(0, "no difference in " + compared + " scenario" + plural(compared) + " compared");
        return new Decision(v, List.copyOf(reasons), List.copyOf(weighed), uses, coverage);
    }

    /** The scenarios applicable to both sides, and which of them ran on both. */
    static Coverage coverage(List<ScenarioRuns> runs, Side baseline, Side candidate) {
        List<Outcome[]> pairs = runs.stream().map(r -> new Outcome[] {r.baseline(), r.candidate()}).toList();
        return Coverage.ofPairs(java.util.Set.copyOf(baseline.features()), java.util.Set.copyOf(candidate.features()), pairs);
    }

    /** What keeps a verdict from GO although nothing blocks: a required feature that never ran on both, too little run. */
    private static List<String> inconclusive(Plan plan, Coverage coverage, Side baseline, Side candidate) {
        List<String> out = new ArrayList<>();
        for (Feature f : plan.required()) {
            if (baseline.features().contains(f) && candidate.features().contains(f) && coverage.neverRan(f)) {
                out.add("required feature '" + f + "' did not run on both sides: no " + f + " scenario was compared, so "
                        + "nothing says it still works (see the coverage list)");
            }
        }
        if (coverage.below(plan.minCoverage())) {
            out.add(String.format(java.util.Locale.ROOT, "only %s on both sides, below the plan's %.0f %%: %s",
                    coverage.summary(), plan.minCoverage() * 100, String.join("; ", coverage.notRun().stream().limit(EXAMPLES)
                            .toList()) + (coverage.notRun().size() > EXAMPLES ? "; and " + (coverage.notRun().size() - EXAMPLES)
                            + " more" : "")));
        }
        return out;
    }

    /** "3 blocking differences in streaming: a (path: x → y — why); …; and 2 more" — one line per area. */
    private static List<String> byArea(List<Weighed> weighed, Impact impact) {
        Map<String, List<Difference>> groups = weighed.stream().filter(w -> w.counted() == impact).map(Weighed::difference)
                .collect(Collectors.groupingBy(d -> d.area() == null ? "(no area)" : d.area(), LinkedHashMap::new, Collectors.toList()));
        List<String> out = new ArrayList<>();
        groups.forEach((area, ds) -> out.add(ds.size() + " blocking difference" + plural(ds.size()) + " in " + area + ": "
                + examples(ds, d -> d.scenarioId() + " (" + d.summary() + " — " + d.why() + ")")));
        return out;
    }

    /**
     * Warnings are usually one habit of the gateway seen in many scenarios: "warning in 12 scenarios:
     * header.x-ratelimit-limit-requests absent → 100 — rate-limit information changed (a, b, c and 9 more)".
     */
    private static List<String> byField(List<Weighed> weighed, Impact impact) {
        Map<String, List<Difference>> groups = weighed.stream().filter(w -> w.counted() == impact).map(Weighed::difference)
                .collect(Collectors.groupingBy(d -> d.path() + " " + d.kind() + " " + d.why(), LinkedHashMap::new, Collectors.toList()));
        List<String> out = new ArrayList<>();
        groups.values().forEach(ds -> {
            Difference d = ds.get(0);
            out.add("warning in " + ds.size() + " scenario" + plural(ds.size()) + ": " + d.summary() + " — " + d.why() + " ("
                    + examples(ds, Difference::scenarioId) + ")");
        });
        return out;
    }

    private static String examples(List<Difference> ds, Function<Difference, String> show) {
        String shown = ds.stream().limit(EXAMPLES).map(show).collect(Collectors.joining("; "));
        return ds.size() > EXAMPLES ? shown + "; and " + (ds.size() - EXAMPLES) + " more" : shown;
    }

    private static boolean ran(Status s) {
        return s != Status.NOT_SUPPORTED && s != Status.ERROR;
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
