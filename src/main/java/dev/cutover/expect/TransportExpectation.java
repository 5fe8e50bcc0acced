package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.List;

/**
 * {@code transport: {fails: bool}} — whether the exchange fails at the connection level: refused,
 * reset, broken off or timed out. A stream that ends cleanly without {@code [DONE]} is not a transport
 * failure (that is {@code stream.ends_with_done}); {@code stream.signals_failure} covers "the client is
 * told either way".
 */
record TransportExpectation(boolean fails, Source source) implements Expectation {

    @Override
    public String describe() {
        return fails ? "the exchange fails at the transport level" : "the exchange completes at the transport level";
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        String failure = failure(o);
        if (fails && failure == null) {
            return List.of("expected a transport failure, but a complete response arrived (status " + o.status() + ")");
        }
        // Failing means failing fast: a gateway that hangs until the client's deadline leaves it waiting instead.
        if (fails && o.timedOut()) return List.of("expected a transport failure, but the exchange hung: " + o.transportError());
        if (!fails && failure != null) return List.of("expected a complete response, but " + failure);
        return List.of();
    }

    private static String failure(Observation o) {
        return o.transportError() == null ? null : "the transport failed: " + o.transportError();
    }
}
