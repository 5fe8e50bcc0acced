package dev.cutover.expect;

import dev.cutover.http.Observation;
import java.util.List;

/**
 * {@code transport: {fails: bool}} — whether the exchange fails at the transport level: the connection
 * broke, or a stream ended without {@code [DONE]} (the client never got a complete response).
 */
record TransportExpectation(boolean fails) implements Expectation {

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
        if (!fails && failure != null) return List.of("expected a complete response, but " + failure);
        return List.of();
    }

    private static String failure(Observation o) {
        if (o.transportError() != null) return "the transport failed: " + o.transportError();
        boolean truncated = o.isStream() && (o.events().isEmpty() || !o.events().get(o.events().size() - 1).isDone());
        return truncated ? "the stream ended without [DONE]" : null;
    }
}
