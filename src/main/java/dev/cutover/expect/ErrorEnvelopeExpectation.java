package dev.cutover.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Observation;
import dev.cutover.yaml.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code error_envelope: true | {message, type, param, code}} — the body is OpenAI's error envelope
 * {@code {"error": {"message", "type", "param", "code"}}}, all four keys present (SDKs read them
 * blindly), and the named fields meet their predicates. Extra keys are allowed: gateways add some.
 */
record ErrorEnvelopeExpectation(Map<String, Predicate> fields, Source source) implements Expectation {

    @Override
    public String describe() {
        if (fields.isEmpty()) return "body is an OpenAI error envelope";
        return "body is an OpenAI error envelope with " + fields.entrySet().stream()
                .map(e -> "error." + e.getKey() + " " + e.getValue().describe()).collect(Collectors.joining(", "));
    }

    @Override
    public List<String> check(Observation o, ExpectContext context) {
        Lookup<JsonNode> body = Response.jsonBody(o);
        if (body.failed()) return body.problems();
        JsonNode error = body.value().path("error");
        if (!error.isObject()) return List.of("expected an object under \"error\", body was " + Values.show(body.value()));
        List<String> problems = new ArrayList<>();
        shape(error, "message", false, problems);
        shape(error, "type", false, problems);
        shape(error, "param", true, problems);
        shape(error, "code", true, problems);
        fields.forEach((field, p) -> problems.addAll(p.test("error." + field, Actual.json(error.get(field)))));
        return problems;
    }

    private static void shape(JsonNode error, String key, boolean nullable, List<String> problems) {
        JsonNode v = error.get(key);
        String wanted = nullable ? "a string or null" : "a string";
        if (v == null) problems.add("error." + key + ": expected " + wanted + ", was absent");
        else if (!(v.isTextual() || nullable && v.isNull())) problems.add("error." + key + ": expected " + wanted + ", got " + Values.show(v));
    }
}
