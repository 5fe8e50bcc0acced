package dev.cutover.run;

import dev.cutover.oracle.SdkVerdict.Outcome;
import dev.cutover.oracle.SdkVerdict;
import dev.cutover.wire.Observation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One step of a scenario: what was observed, how each expectation fared, and what each official SDK made of
 * the answer (empty when no SDK was asked).
 */
public record StepResult(String name, Observation observation, List<Check> checks, List<SdkVerdict> sdks) {

    public StepResult {
        sdks = sdks == null ? List.of() : List.copyOf(sdks);
    }

    /** A step no SDK was asked about. */
    public StepResult(String name, Observation observation, List<Check> checks) {
        this(name, observation, checks, List.of());
    }

    public boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    public SdkFinding sdkFinding() {
        return SdkFinding.of(observation, passed(), sdks);
    }

    /**
     * A short note when the SDKs disagree with the checks, else null: a passed step an SDK raised on
     * ({@code openai-node raised TypeError on a 200}), or a failed one every SDK parses.
     */
    public String sdkNote() {
        SdkFinding f = sdkFinding();
        if (f == SdkFinding.CLIENT_BREAKING && passed()) {
            return sdks.stream().filter(v -> v.outcome() == Outcome.RAISED)
                    .map(v -> v.sdk() + " raised " + v.raised() + " on a " + observation.status())
                    .collect(Collectors.joining("; "));
        }
        if (f == SdkFinding.SPEC_DEVIATION) {
            return sdks.stream().filter(SdkVerdict::answered).map(SdkVerdict::sdk).collect(Collectors.joining(", "))
                    + " parse" + (sdks.stream().filter(SdkVerdict::answered).count() == 1 ? "s" : "") + " it";
        }
        return null;
    }
}
