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
 * here each of them goes to a fault deployment of its own, taken in turn ({@link Breaker#faultModels}), and
 * waits when the one back earliest is still out for the Retry-After (or the profile's cooldown) of the fault
 * scenario that used it last. And when a scenario fails on an answer the gateway made
 * without calling the provider after such a scenario, its reason names the one that likely tripped the breaker.
 */
final class BreakerPacing {
    /** Never wait longer than this between two fault scenarios, whatever a script's Retry-After says. */
    static final long MAX_WAIT_MS = 30_000;
    /** The slot of a breaker without fault models: the faults model if the profile names one, else the chat model. */
    private static final String DEFAULT_SLOT = "";

    private final Breaker breaker;
    private final boolean seesUpstream;
    /** When each fault deployment is back, in nanoTime; taken in insertion order, the one back earliest first. */
    private final Map<String, Long> readyAt = new LinkedHashMap<>();
    private String lastTrip;
    private String current = DEFAULT_SLOT;

    /** @param seesUpstream behind cutover's mock, so an answer the gateway made alone can be told apart */
    BreakerPacing(Breaker breaker, boolean seesUpstream) {
        this.breaker = breaker;
        this.seesUpstream = seesUpstream;
        if (breaker != null) {
            long now = System.nanoTime(); // nanoTime may be negative: "ready now" is now, not 0
            if (breaker.faultModels().isEmpty()) readyAt.put(DEFAULT_SLOT, now);
            else breaker.faultModels().forEach(m -> readyAt.put(m, now));
        }
    }

    /**
     * The target to send the next fault scenario to: the fault deployment back earliest (waited for if it is
     * still out), as the chat model.
     */
    Target beforeFault(Target target) {
        if (breaker == null) return target;
        current = readyAt.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long wait = readyAt.get(current) - System.nanoTime();
        if (wait > 0) sleep(wait / 1_000_000);
        String model = current.equals(DEFAULT_SLOT) ? target.models().get("faults") : current;
        if (model == null) return target;
        Map<String, String> models = new LinkedHashMap<>(target.models());
        models.put("chat", model);
        return target.withModels(models);
    }

    void afterFault(Scenario s) {
        lastTrip = s.id();
        if (breaker == null) return;
        long cooldown = Math.min(MAX_WAIT_MS, Math.max(breaker.cooldownMs(), Breakers.retryAfterMs(s)));
        // Re-inserted last, so among deployments back at once the one used longest ago comes first.
        readyAt.remove(current);
        readyAt.put(current, System.nanoTime() + cooldown * 1_000_000);
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
