package dev.cutover.run;

import dev.cutover.expect.Expectation;
import dev.cutover.scenario.Scenario;
import dev.cutover.scenario.Step;
import dev.cutover.wire.ProviderScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A scenario as it runs against real providers ({@code upstream: real}): each step with a {@code live:} block sends its
 * live request and checks its live expectations, with no script (nothing can be scripted there); a step without one
 * runs as written, and the runner refuses it if it needs the script. {@code needs: scripted} is refused at once, saying
 * what the scenario scripts.
 *
 * @param scenario     what to run, or null when it cannot run
 * @param notSupported why not, or null
 */
record LiveView(Scenario scenario, String notSupported) {

    static LiveView of(Scenario s) {
        if (s.needsScripted()) {
            return new LiveView(null, "needs cutover's scripted mock provider (needs: scripted" + scripts(s)
                    + "); this target's upstream is real");
        }
        List<Step> steps = new ArrayList<>();
        for (Step st : s.steps()) {
            steps.add(st.live() == null ? st
                    : new Step(st.name(), ProviderScript.DEFAULT, st.live().request(), st.live().expectations(), st.line(), st.live()));
        }
        return new LiveView(new Scenario(s.id(), s.title(), s.features(), s.level(), s.severity(), s.tags(), List.copyOf(steps),
                s.file(), s.area(), s.unlessClaims(), false), null);
    }

    /** " — a provider 429 error, exact timing": what no real provider can be made to do on demand. */
    private static String scripts(Scenario s) {
        Set<String> what = new LinkedHashSet<>();
        for (Step st : s.steps()) {
            ProviderScript p = st.provider();
            if (p.error() != null) what.add("a provider " + (p.error().status() > 0 ? p.error().status() + " " : "") + "error");
            if (p.fault() != null) what.add("a " + p.fault().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " fault");
            if (p.streamError() != null) what.add("an error event mid-stream");
            if (p.ttftMs() > 0 || p.delayMs() > 0 || p.gapsMs().stream().anyMatch(g -> g > 0)) what.add("exact timing");
            if (p.refusal() != null) what.add("a refusal");
            if (p.reasoning() != null) what.add("reasoning text");
            if (p.finishReason() != null && !p.finishReason().equals("stop")) what.add("finish_reason " + p.finishReason());
            if (st.expectations().stream().anyMatch(Expectation::readsUpstream)) what.add("checks of what reached the provider");
        }
        if (what.isEmpty()) what.add("exact content");
        return " — " + String.join(", ", what.stream().limit(3).toList());
    }
}
