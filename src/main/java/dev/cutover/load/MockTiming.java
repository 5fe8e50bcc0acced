package dev.cutover.load;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * How late the embedded mock provider wrote the parts of its answers during a run, by its own clock
 * ({@link dev.cutover.mock.MockProvider#lateness()}): the run's proof that the provider side kept the
 * profile's TTFT and token rate, so that what the figures show is the gateway. From the end of the warm-up,
 * as the figures.
 *
 * @param parts how many parts (whole answers, SSE events) were written
 */
public record MockTiming(long parts, double p50Ms, double p99Ms, double maxMs) {
    /** The timing bar of {@code cutover bench mock}: later than this at p99, the mock's own delay is in the figures. */
    public static final double LATE_P99_MS = 2.0;

    static MockTiming of(Histogram micros) {
        return new MockTiming(micros.getTotalCount(), micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(99) / 1000.0, micros.getMaxValue() / 1000.0);
    }

    public boolean late() {
        return p99Ms > LATE_P99_MS;
    }

    /** A warning for the verdict when the mock ran late, naming the run; null when it kept time. */
    public String warning(String target) {
        if (!late()) return null;
        return String.format(Locale.ROOT, "%s: the mock provider wrote 1 %% of its answer parts more than %.1f ms late "
                + "(p99 %.2f ms, max %.1f ms): its own delay is in these figures; rerun on a less busy machine", target,
                LATE_P99_MS, p99Ms, maxMs);
    }
}
