package dev.cutover.parity;

/**
 * Timing compared by class, not by the millisecond: a gateway's few milliseconds of overhead are the load
 * test's business. Parity asks whether a client would notice — a stream arriving all at once, a call
 * taking seconds longer — so two times differ only when they are both more than {@link #ABS_MS} apart
 * and more than {@link #RATIO} times one another. A loaded machine stretches times too; the noise
 * filter sees that in the baseline's second run.
 */
final class TimingTolerance {
    static final double ABS_MS = 1_000;
    static final double RATIO = 2.0;

    private TimingTolerance() {}

    /** A stream shorter than this cannot show whether it was delivered in pieces; no class is given. */
    static final double DELIVERY_MIN_MS = 500;
    /** Share of the exchange's time over which the data events arrived; at least this much is "spread over time". */
    static final double SPREAD_SHARE = 0.35;

    /** Millisecond paths; {@code timing.delivery} is a class and compares as text. */
    static boolean isTiming(String path) {
        return path.endsWith("_ms") && path.startsWith("timing.");
    }

    /**
     * "spread over time" when the data events arrived over a good part of the exchange, "all at once" when
     * they came in one burst (a buffering gateway sends even its headers late); null when too short to tell.
     */
    static String delivery(double spanMs, double totalMs, int dataEvents) {
        if (dataEvents < 3 || totalMs < DELIVERY_MIN_MS) return null;
        return spanMs >= SPREAD_SHARE * totalMs ? "spread over time" : "all at once";
    }

    static boolean same(double a, double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        return hi - lo <= ABS_MS || hi <= RATIO * lo;
    }
}
