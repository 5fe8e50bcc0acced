package dev.cutover.run;

import dev.cutover.oracle.SdkVerdict.Outcome;
import dev.cutover.oracle.SdkVerdict;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.wire.SseEvent;
import java.util.List;

/**
 * What the SDK oracles' verdicts say about one step beside cutover's own checks. Recorded and shown only: no
 * scenario's PASS or FAIL depends on it (how much an SDK's word weighs is a decision of its own).
 */
public enum SdkFinding {
    /** The SDKs agree with the checks, or none was asked. */
    NONE,
    /**
     * A check failed, yet every SDK that answered parsed the answer: it deviates from the specification, but the
     * official clients take it (as both take {@code delta.role: null} and a message without {@code refusal}).
     */
    SPEC_DEVIATION,
    /**
     * A whole 2xx answer an SDK raised on: it breaks that SDK's users whatever the schema says. An answer that
     * signals an error itself is none — a connection that broke, a stream with an error event — since an SDK
     * that raises there does what it should.
     */
    CLIENT_BREAKING;

    public static SdkFinding of(Observation o, boolean checksPassed, List<SdkVerdict> sdks) {
        boolean fine2xx = o != null && o.status() >= 200 && o.status() < 300 && !signalsError(o);
        if (fine2xx && sdks.stream().anyMatch(v -> v.outcome() == Outcome.RAISED)) return CLIENT_BREAKING;
        List<SdkVerdict> answered = sdks.stream().filter(SdkVerdict::answered).toList();
        if (!checksPassed && !answered.isEmpty() && answered.stream().allMatch(v -> v.outcome() == Outcome.PARSED)) {
            return SPEC_DEVIATION;
        }
        return NONE;
    }

    /** A transport failure, or an SSE event named {@code error} or carrying an {@code error} object: both SDKs raise on those. */
    static boolean signalsError(Observation o) {
        if (o.transportError() != null) return true;
        for (SseEvent e : o.events()) {
            if ("error".equals(e.event())) return true;
            if (e.data() != null && e.data().contains("\"error\"")
                    && Json.parse(e.data()).map(n -> n.isObject() && n.hasNonNull("error")).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The report's word for it: {@code spec-deviation}, {@code client-breaking}, or null. */
    public String word() {
        return this == NONE ? null : name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
