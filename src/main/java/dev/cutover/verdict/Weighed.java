package dev.cutover.verdict;

import dev.cutover.parity.Difference;

/**
 * A difference with its weight in this plan: the impact the policy gives it, and the waiver that
 * accepts it (null when none does; an expired waiver never appears here).
 */
public record Weighed(Difference difference, Impact impact, Waiver waivedBy) {
    /** What counts toward the verdict: a waived difference counts as a note. */
    public Impact counted() {
        return waivedBy == null ? impact : Impact.NOTE;
    }
}
