package dev.cutover.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MockWarmUpTest {
    @Test
    void servesOverSocketsUntilTheCompilerSettlesAndLeavesNothingBehind() {
        try (MockProvider mock = MockProvider.start(MockOptions.defaults())) {
            // About 8 s on two cores: it stops once the JIT is quiet, long before this limit.
            MockWarmUp.Done done = MockWarmUp.overSockets(mock, MockOptions.DEFAULT_API_KEY, Duration.ofSeconds(60));
            assertTrue(done.requests() > 100, "served " + done.requests());
            assertTrue(done.took().compareTo(Duration.ofSeconds(40)) < 0, "took " + done.took());
            assertTrue(mock.received("cutover.warm-up").isEmpty(), "its requests are forgotten");
            assertEquals(0, mock.lateness().takeMicros().getTotalCount(), "its timing account starts afresh");
        }
    }
}
