package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;
import java.util.Optional;

/** {@code upstream.body: {path: P}} — one JSON path in the body of the last request the provider received. */
record UpstreamBodyQuery(JsonPathQuery path) implements Query {

    @Override
    public String describe() {
        return "upstream body " + path.path();
    }

    @Override
    public boolean readsUpstream() {
        return true;
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        Lookup<ReceivedRequest> last = Upstream.last(o);
        if (last.failed()) return Lookup.failed(last.problem());
        Optional<JsonNode> body = Json.parse(last.value().body());
        if (body.isEmpty()) return Lookup.failed("upstream body is not JSON: " + Values.cut(last.value().body()));
        return path.read(body.get(), describe());
    }
}
