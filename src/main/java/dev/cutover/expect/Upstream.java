package dev.cutover.expect;

import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;

/** What upstream expectations look at: the last request the provider received (the one that answered). */
final class Upstream {
    private Upstream() {}

    static Lookup<ReceivedRequest> last(Observation o) {
        if (o.upstream() == null || o.upstream().isEmpty()) return Lookup.failed("no request reached the provider");
        return Lookup.of(o.upstream().get(o.upstream().size() - 1));
    }
}
