package dev.cutover.run;

import dev.cutover.scenario.Breakers;
import dev.cutover.scenario.Scenario;
import dev.cutover.target.Breaker;
import dev.cutover.target.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one scenario's fault from becoming every later scenario's failure on a gateway with a circuit
 * breaker: the runner puts the scenarios that make the provider fail last ({@link Breakers#breakerSafe});
 * here each of them waits out the previous one's Retry-After (or the profile's cooldown) and, when the profile
 * names a {@code faults} model, goes to that deployment. And when a scenario fails on an answer the gateway made
 * without calling the provider after such a scenario, its reason names the one that likely tripped the breaker.
 */
final class BreakerPacing {
    /** Never wait longer than this between two fault scenarios, whatever a script's Retry-After says. */
    static final long MAX_WAIT_MS = 30_000;

    private final Breaker breaker;
    private final boolean seesUpstream;
    private String lastTrip;
    private long readyAt;

    /** @param seesUpstream behind cutover's mock, so an answer the gateway made alone can be told apart */
    BreakerPacing(Breaker breaker, boolean seesUpstream) {
        this.breaker = breaker;
        this.seesUpstream = seesUpstream;
    }

    /** Waits until the breaker the last fault scenario tripped has had its time; the target to send the next one to. */
    Target beforeFault(Target target) {
        if (breaker == null) return target;
        long wait = readyAt - System.nanoTime();
        if (wait > 0) sleep(wait / 1_000_000);
        String faults = target.models().get("faults");
        if (faults == null) return target;
        Map<String, String> models = new LinkedHashMap<>(target.models());
        models.put("chat", faults);
        return target.withModels(models);
    }

    void afterFault(Scenario s) {
        lastTrip = s.id();
        if (breaker == null) return;
        long cooldown = Math.min(MAX_WAIT_MS, Math.max(breaker.cooldownMs(), Breakers.retryAfterMs(s)));
        readyAt = System.nanoTime() + cooldown * 1_000_000;
    }

    /**
     * " (… its circuit breaker may still be open after errors-429-retry-after)" when a step got an error the
     * gateway made without calling the provider, after a fault scenario; else "".
     */
    String suspect(List<StepResult> steps) {
        if (lastTrip == null || !seesUpstream) return "";
        boolean alone = steps.stream().map(StepResult::observation).anyMatch(o -> (o.status() >= 500 || o.status() == 429)
                && o.upstream().isEmpty());
        return alone ? " (the gateway answered " + steps.get(steps.size() - 1).observation().status() + " without calling the "
                + "provider: its circuit breaker may still be open after " + lastTrip + ", which made the provider fail)" : "";
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
