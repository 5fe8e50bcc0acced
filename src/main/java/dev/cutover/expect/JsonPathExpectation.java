package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import java.util.List;

/** {@code json: {path: P}} — one JSON path in the response body. */
record JsonPathExpectation(JsonPathCheck path) implements Expectation {

    @Override
    public String describe() {
        return path.describe();
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<JsonNode> body = Response.jsonBody(o);
        return body.failed() ? body.problems() : path.check(body.value(), "");
    }
}
