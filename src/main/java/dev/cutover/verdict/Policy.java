package dev.cutover.verdict;

import dev.cutover.parity.DiffClass;
import dev.cutover.scenario.Severity;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a plan weighs differences: an impact per class (default: breaking blocks, behavioural warns,
 * cosmetic is noted); in a scenario of severity minor, what would block only warns.
 */
public record Policy(Map<DiffClass, Impact> byClass) {

    public static final Policy DEFAULT = new Policy(Map.of());

    /** Classes the plan does not mention keep their default impact. */
    public Policy {
        Map<DiffClass, Impact> m = new EnumMap<>(DiffClass.class);
        m.put(DiffClass.BREAKING, Impact.BLOCKING);
        m.put(DiffClass.BEHAVIOURAL, Impact.WARNING);
        m.put(DiffClass.COSMETIC, Impact.NOTE);
        m.put(DiffClass.IMPROVEMENT, Impact.IMPROVEMENT);
        m.putAll(byClass);
        byClass = Map.copyOf(m);
    }

    public Impact weigh(DiffClass c, Severity severity) {
        if (c == DiffClass.IMPROVEMENT) return Impact.IMPROVEMENT; // a plan cannot make an improvement block
        Impact i = byClass.get(c);
        if (severity == Severity.MINOR && i == Impact.BLOCKING) return Impact.WARNING;
        return i;
    }
}
