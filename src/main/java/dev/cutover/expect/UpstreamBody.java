package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ReceivedRequest;
import java.util.List;
import java.util.Optional;

/** {@code upstream.body: {path: P}} — one JSON path in the body of the last request the provider received. */
record UpstreamBody(JsonPathCheck path) implements Expectation {

    @Override
    public boolean readsUpstream() {
        return true;
    }

    @Override
    public String describe() {
        return "upstream body " + path.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<ReceivedRequest> last = Upstream.last(o);
        if (last.failed()) return last.problems();
        Optional<JsonNode> body = Json.parse(last.value().body());
        if (body.isEmpty()) return List.of("upstream body is not JSON: " + Values.cut(last.value().body()));
        return path.check(body.get(), "upstream body");
    }
}
