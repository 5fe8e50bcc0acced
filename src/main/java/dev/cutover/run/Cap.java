package dev.cutover.run;

/**
 * How much a run may send, so that a run against real providers has a known worst-case bill: once either limit is
 * reached the remaining scenarios are not run (and say so, which lowers coverage honestly). A scenario is started only
 * when all its requests fit under the request cap; the token cap is checked before each scenario, so the last one
 * started may pass it by what it used.
 *
 * @param maxRequests requests to the target, every step and repeat counted
 * @param maxTokens   tokens the answers' usage reported, prompt and completion
 */
public record Cap(int maxRequests, long maxTokens) {

    /** What a run against real providers may send unless told otherwise: about twice what the catalog's live checks need. */
    public static final Cap REAL_DEFAULT = new Cap(200, 100_000);
    /** Behind cutover's mock nothing is billed. */
    public static final Cap NONE = new Cap(Integer.MAX_VALUE, Long.MAX_VALUE);

    public Cap {
        if (maxRequests < 0 || maxTokens < 0) throw new IllegalArgumentException("a cap is 0 or more");
    }

    /** This cap with the given limits where they are not null (a command line's or a plan's). */
    public Cap with(Integer requests, Long tokens) {
        return new Cap(requests == null ? maxRequests : requests, tokens == null ? maxTokens : tokens);
    }

    public boolean unlimited() {
        return maxRequests == Integer.MAX_VALUE && maxTokens == Long.MAX_VALUE;
    }
}
