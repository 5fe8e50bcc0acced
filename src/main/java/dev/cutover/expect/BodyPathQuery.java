package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;

/** {@code json: {path: P}} — one JSON path in the response body. */
record BodyPathQuery(JsonPathQuery path) implements Query {

    @Override
    public String describe() {
        return path.path();
    }

    @Override
    public Lookup<Actual> select(Observation o, ExpectContext context) {
        Lookup<JsonNode> body = Response.jsonBody(o);
        return body.failed() ? Lookup.failed(body.problem()) : path.read(body.value(), describe());
    }
}
