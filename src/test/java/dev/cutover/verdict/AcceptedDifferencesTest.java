package dev.cutover.verdict;

import static dev.cutover.verdict.JudgeTest.A;
import static dev.cutover.verdict.JudgeTest.B;
import static dev.cutover.verdict.JudgeTest.ONE_RAN;
import static dev.cutover.verdict.JudgeTest.TODAY;
import static dev.cutover.verdict.JudgeTest.decide;
import static dev.cutover.verdict.JudgeTest.diff;
import static dev.cutover.verdict.JudgeTest.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.parity.DiffClass;
import dev.cutover.parity.Difference;
import dev.cutover.parity.ParityResult;
import dev.cutover.scenario.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare --accept writes what is left; applied with --waivers, the same differences are GO and a new one is not. */
class AcceptedDifferencesTest {
    private static final Difference RETRY_AFTER_LOST = diff("s1", "header.retry-after", DiffClass.BREAKING, Severity.BLOCKER);

    @TempDir
    Path dir;

    @Test
    void acceptedDifferencesMakeTheSamePairGoAndOnlyThoseValues() throws IOException {
        Decision before = decide(plan(List.of(), List.of()), B, ONE_RAN, RETRY_AFTER_LOST);
        assertEquals(Verdict.NO_GO, before.verdict());
        ComparisonResult result = new ComparisonResult(plan(List.of(), List.of()), A, B, Instant.EPOCH, 1, ONE_RAN,
                new ParityResult(List.of(RETRY_AFTER_LOST), 0, List.of(), 1), before);
        Path file = dir.resolve("accepted.yaml");
        Files.writeString(file, AcceptedDifferences.render(result, TODAY));
        List<Waiver> accepted = PlanReader.waiverFile(file);
        assertEquals(1, accepted.size());
        assertTrue(accepted.get(0).reason().startsWith("TODO"), "a reason for a person to write");
        assertEquals(TODAY.plusDays(AcceptedDifferences.DAYS), accepted.get(0).expires());

        assertEquals(Verdict.GO, decide(plan(List.of(), accepted), B, ONE_RAN, RETRY_AFTER_LOST).verdict());
        Difference sameFieldOtherChange = new Difference("s1", "T", "streaming", RETRY_AFTER_LOST.features(), Severity.BLOCKER, 0,
                "request", "header.retry-after", "true", "\"30\"", DiffClass.BREAKING, "because");
        assertEquals(Verdict.NO_GO, decide(plan(List.of(), accepted), B, ONE_RAN, sameFieldOtherChange).verdict(),
                "another change to the same field is something new");
    }
}
