package dev.cutover.run;

import dev.cutover.scenario.Feature;
import dev.cutover.scenario.RequestSpec;
import dev.cutover.scenario.Scenario;
import dev.cutover.target.Target;
import dev.cutover.wire.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a scenario tagged {@code timing} is judged on a machine that is busy with other work. Its bounds are upper
 * bounds on the time a gateway adds, and load only ever adds time: a gateway that holds a token 50 ms fails every
 * attempt, while a clean one can be late once and on time the next. So it gets {@link #ATTEMPTS} attempts and a
 * pass in any clears the gateway; no constant delay can hide behind a retry. A later attempt asks the target to
 * bypass its cache when it names how (a cached answer is no measure of the path to the provider); when none
 * passes, the first attempt is the one reported. And the first timed scenario of a run is preceded by a warm-up.
 */
final class TimingAttempts {
    static final int ATTEMPTS = 3;

    private TimingAttempts() {}

    static boolean applies(Scenario s) {
        return s.tags().contains("timing");
    }

    /** @param once runs the scenario once; {@code true} asks the target to bypass its cache */
    static Outcome settle(Scenario s, Function<Boolean, Outcome> once) {
        Outcome first = once.apply(false);
        if (first.status() != Status.FAILED || !applies(s)) return first;
        List<String> later = new ArrayList<>();
        for (int attempt = 2; attempt <= ATTEMPTS; attempt++) {
            Outcome again = once.apply(true);
            if (again.status() == Status.PASSED) {
                return again.with(Status.PASSED, "timing: attempt " + attempt + " of " + ATTEMPTS + "; the first failed: " + first.reason());
            }
            later.add(String.valueOf(again.reason()));
        }
        return first.with(Status.FAILED, first.reason() + " (timing: " + ATTEMPTS + " attempts, none passed; then: "
                + String.join("; ", later) + ")");
    }

    /**
     * One streamed chat exchange of its own, before the first timed scenario, its answer unread by any check: the
     * first exchange of a run pays for class loading and connection set-up on both sides, which is no part of what
     * a gateway adds. A body no scenario sends, so no gateway cache can answer a timed scenario from it. Null for a
     * target that claims no streamed chat.
     */
    static RequestSpec warmUp(Target target, Scenario before) {
        if (!target.claims(Feature.STREAMING) || !target.claims(Feature.CHAT)) return null;
        String model = target.models().getOrDefault("chat", "gpt-4o-mini");
        Object body = Map.of("model", model, "stream", true,
                "messages", List.of(Map.of("role", "user", "content", "cutover warm-up before " + before.id())));
        return RequestSpec.of(Endpoint.CHAT_COMPLETIONS, body, 10_000);
    }
}
