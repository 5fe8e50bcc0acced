package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.List;

/** {@code schema: name} — the response body against one of the project's JSON schemas. */
record SchemaExpectation(String schema, Source source) implements Expectation {

    @Override
    public String describe() {
        return "body matches schema " + schema;
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<JsonNode> body = Response.jsonBody(o);
        if (body.failed()) return body.problems();
        return Schemas.validate(schema, body.value()).stream().map(m -> "schema " + schema + ": " + m).toList();
    }
}
