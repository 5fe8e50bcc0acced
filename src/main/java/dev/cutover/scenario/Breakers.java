package dev.cutover.scenario;

import dev.cutover.wire.Fault;
import dev.cutover.wire.ProviderScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a scenario does to a gateway's circuit breaker. DIAL takes a deployment out after a provider 429
 * (for its Retry-After) or repeated 5xx; LiteLLM's router cools a deployment down after allowed_fails. A
 * scenario that makes the provider fail — a 429, a 5xx, a reset — can trip it, and every later scenario on
 * that deployment then measures the breaker instead of what it is about. LiteLLM's cooldown also counts a
 * provider 401, 404 or 408, and on a one-deployment model group (the usual staging setup) only those, since it
 * retries the others. So such scenarios run last ({@link #breakerSafe}), those LiteLLM does not retry at the very
 * end, and on a target that names one, on their own deployment.
 */
public final class Breakers {
    private Breakers() {}

    /** Whether any step scripts the provider to fail in a way a breaker counts. */
    public static boolean trips(Scenario s) {
        return s.steps().stream().anyMatch(step -> trips(step.provider()));
    }

    static boolean trips(ProviderScript p) {
        if (p.fault() == Fault.RESET_BEFORE_HEADERS || p.fault() == Fault.RESET_MID_STREAM || p.fault() == Fault.EMPTY_BODY) return true;
        int status = p.error() == null ? 0 : p.error().status();
        return status == 429 || status >= 500 || notRetried(status);
    }

    /** A provider error LiteLLM cools a deployment down on at once, without retrying it first. */
    private static boolean notRetried(int status) {
        return status == 401 || status == 404 || status == 408;
    }

    private static boolean coolsAtOnce(Scenario s) {
        return s.steps().stream().anyMatch(step -> step.provider().error() != null && notRetried(step.provider().error().status()));
    }

    /** The longest Retry-After a step of the scenario scripts, in ms; 0 without one. */
    public static long retryAfterMs(Scenario s) {
        long max = 0;
        for (Step step : s.steps()) {
            for (Map.Entry<String, String> h : step.provider().headers().entrySet()) {
                if (!h.getKey().toLowerCase(Locale.ROOT).equals("retry-after")) continue;
                try {
                    max = Math.max(max, (long) (Double.parseDouble(h.getValue().trim()) * 1000));
                } catch (NumberFormatException httpDate) {
                    // an HTTP date: the breaker's own default applies
                }
            }
        }
        return max;
    }

    /**
     * The scenarios in catalog order, those that trip breakers moved to the end (in their own order), and last
     * of all those whose provider error a gateway cools down on without retrying.
     */
    public static List<Scenario> breakerSafe(List<Scenario> scenarios) {
        List<Scenario> quiet = new ArrayList<>();
        List<Scenario> tripping = new ArrayList<>();
        List<Scenario> cooling = new ArrayList<>();
        for (Scenario s : scenarios) (!trips(s) ? quiet : coolsAtOnce(s) ? cooling : tripping).add(s);
        quiet.addAll(tripping);
        quiet.addAll(cooling);
        return quiet;
    }
}
