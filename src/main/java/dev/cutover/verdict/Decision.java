package dev.cutover.verdict;

import dev.cutover.run.Coverage;
import java.util.List;

/**
 * The verdict with the reasons a person can act on, every difference weighed, and how each waiver fared.
 *
 * @param reasons blocking reasons first, then warnings, then notes
 */
public record Decision(Verdict verdict, List<String> reasons, List<Weighed> differences, List<WaiverUse> waivers,
                       Coverage coverage) {
    public long count(Impact i) {
        return differences.stream().filter(w -> w.counted() == i).count();
    }
}
