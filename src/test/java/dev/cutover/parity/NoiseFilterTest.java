package dev.cutover.parity;

import static dev.cutover.parity.Exchanges.completion;
import static dev.cutover.parity.Exchanges.json;
import static dev.cutover.parity.Exchanges.passed;
import static dev.cutover.parity.Exchanges.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoiseFilterTest {

    private static Observation withHeader(String name, String value) {
        return json(200, completion("chatcmpl-AAAA1111bbbb", 1, "x", 1), Map.of(name, value), 40);
    }

    @Test
    void aFieldTheBaselineVariesOnInTheSameStepIsNoise() {
        ScenarioRuns r = runs(passed("s", withHeader("x-node", "a")), passed("s", withHeader("x-node", "b")),
                passed("s", withHeader("x-node", "c")));
        ParityResult p = Parity.compare(List.of(r), false);
        assertEquals(List.of(), p.differences());
        assertEquals(1, p.noiseDropped());
        assertEquals("header.x-node", p.noisyPaths().get(0).path());
    }

    @Test
    void withoutTheSecondBaselineRunTheSameFieldIsADifference() {
        ScenarioRuns r = runs(passed("s", withHeader("x-node", "a")), passed("s", withHeader("x-node", "a")),
                passed("s", withHeader("x-node", "c")));
        ParityResult p = Parity.compare(List.of(r), false);
        assertEquals(List.of("header.x-node"), p.differences().stream().map(Difference::path).toList());
        assertEquals(0, p.noiseDropped());
    }

    /** 20 scenarios; the baseline varies on x-node in 1, the candidate differs in `candidateDiffers` of them. */
    private static ParityResult twenty(int candidateDiffers) {
        List<ScenarioRuns> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String again = i == 0 ? "b" : "a";
            String cand = i >= 20 - candidateDiffers ? "c" : "a";
            all.add(runs(passed("s" + i, withHeader("x-node", "a")), passed("s" + i, withHeader("x-node", again)),
                    passed("s" + i, withHeader("x-node", cand))));
        }
        return Parity.compare(all, false);
    }

    @Test
    void aNoisyFieldStillCountsWhereTheCandidateDiffersClearlyMoreOften() {
        // 1 of 20 baseline pairs differ (5 %); the candidate differs in 1 of 20 more: not clearly more → noise.
        ParityResult rare = twenty(1);
        assertEquals(0, rare.differences().size());
        assertTrue(rare.noisyPaths().get(0).filtered());
        // The candidate differs in 6 of 20 (30 % against 5 %): real, in every step where the baseline was stable.
        ParityResult often = twenty(6);
        assertEquals(6, often.differences().size());
        assertTrue(!often.noisyPaths().get(0).filtered());
    }

    @Test
    void thresholdsAreDiffysRelativeAndAbsoluteMargins() {
        assertTrue(NoiseFilter.clearlyMore(100, 5, 11));
        assertTrue(!NoiseFilter.clearlyMore(100, 5, 9));   // under twice the baseline's rate
        assertTrue(!NoiseFilter.clearlyMore(100, 1, 4));   // twice, but only 3 points above
    }
}
