package dev.cutover.load;

import dev.cutover.stats.Distribution;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * How late the embedded mock provider wrote the parts of its answers during a run, by its own clock
 * ({@link dev.cutover.mock.MockProvider#lateness()}): the run's proof that the provider side kept the
 * profile's TTFT and token rate, so that what the figures show is the gateway. From the end of the warm-up,
 * as the figures.
 *
 * @param lateness milliseconds late, one value per part written (whole answers, SSE events)
 */
public record MockTiming(Distribution lateness) {
    /** The timing bar of {@code cutover bench mock}: later than this at p99, the mock's own delay is in the figures. */
    public static final double LATE_P99_MS = 2.0;

    /** @param micros the mock's account, in microseconds */
    static MockTiming of(Histogram micros) {
        return new MockTiming(Distribution.of(micros, 1000));
    }

    /** How many parts (whole answers, SSE events) were written. */
    public long parts() { return lateness.count(); }
    public double p50Ms() { return lateness.p50(); }
    public double p99Ms() { return lateness.p99(); }
    public double maxMs() { return lateness.max(); }

    /** NaN (nothing written) is not late: no part missed its deadline. */
    public boolean late() {
        return p99Ms() > LATE_P99_MS;
    }

    /** A warning for the verdict when the mock ran late, naming the run; null when it kept time. */
    public String warning(String target) {
        if (!late()) return null;
        return String.format(Locale.ROOT, "%s: the mock provider wrote 1 %% of its answer parts more than %.1f ms late "
                + "(p99 %.2f ms, max %.1f ms): its own delay is in these figures; rerun on a less busy machine", target,
                LATE_P99_MS, p99Ms(), maxMs());
    }
}
