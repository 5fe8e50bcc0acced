package dev.cutover.verdict;

import dev.cutover.run.Coverage;
import dev.cutover.scenario.Feature;
import dev.cutover.scenario.Selection;
import java.nio.file.Path;
import java.util.List;

/**
 * A cutover plan from {@code plans/*.yaml}: which two targets, which scenarios, which features the
 * candidate must support, how differences weigh, which are waived until when, and the load part.
 *
 * @param file null for a plan made from --baseline/--candidate on the command line
 * @param load null when the plan has no load part
 * @param minCoverage share of the scenarios applicable to both sides that must run on both, else INCONCLUSIVE
 * @param maxRequests  per side, the requests it may send (against real providers), or null for the default cap
 * @param maxTokens    per side, the tokens its answers may add up to before no scenario is started, or null
 */
public record Plan(String name, String description, Path file, Path baseline, Path candidate, Selection selection,
                   List<Feature> required, Policy policy, List<Waiver> waivers, LoadPlan load, double minCoverage,
                   Integer maxRequests, Long maxTokens) {

    /** A plan that leaves each side's cap at its default. */
    public Plan(String name, String description, Path file, Path baseline, Path candidate, Selection selection,
                List<Feature> required, Policy policy, List<Waiver> waivers, LoadPlan load, double minCoverage) {
        this(name, description, file, baseline, candidate, selection, required, policy, waivers, load, minCoverage, null, null);
    }

    /** The same plan with these caps where they are not null (the command line's). */
    public Plan withCaps(Integer requests, Long tokens) {
        return new Plan(name, description, file, baseline, candidate, selection, required, policy, waivers, load, minCoverage,
                requests == null ? maxRequests : requests, tokens == null ? maxTokens : tokens);
    }

    /** A plan without a stated minimum coverage. */
    public Plan(String name, String description, Path file, Path baseline, Path candidate, Selection selection,
                List<Feature> required, Policy policy, List<Waiver> waivers, LoadPlan load) {
        this(name, description, file, baseline, candidate, selection, required, policy, waivers, load, Coverage.DEFAULT_MINIMUM);
    }

    /** The plan of a plain "compare A with B": every scenario under the given paths, default policy. */
    public static Plan adHoc(Path baseline, Path candidate, Selection selection) {
        String name = stem(baseline) + "-vs-" + stem(candidate);
        return new Plan(name, null, null, baseline, candidate, selection, List.of(), Policy.DEFAULT, List.of(), null);
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
