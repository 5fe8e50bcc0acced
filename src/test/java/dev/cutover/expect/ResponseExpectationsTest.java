package dev.cutover.expect;

import static dev.cutover.expect.Observations.NO_CONTEXT;
import static dev.cutover.expect.Observations.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Observation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status, headers, JSON paths, schema, error envelope, timing and transport on hand-built observations. */
class ResponseExpectationsTest {

    private static List<String> check(String expectYaml, Observation o) {
        List<Expectation> all = YamlText.parse("expect:\n" + expectYaml.indent(2));
        return all.stream().flatMap(e -> e.check(o, NO_CONTEXT).stream()).toList();
    }

    @Test
    void status() {
        assertEquals(List.of(), check("status: 200", json(200, Samples.COMPLETION)));
        assertEquals(List.of("status: expected 200, got 502"), check("status: 200", json(502, Samples.ERROR)));
        assertEquals(List.of(), check("status: {in: [429, 503]}", json(503, Samples.ERROR)));
    }

    @Test
    void headersAreCaseInsensitiveAndCompareAsText() {
        Observation o = json(429, Samples.ERROR, Map.of("Retry-After", List.of("2")));
        assertEquals(List.of(), check("headers: {retry-after: 2, RETRY-AFTER: {gte: 1}}", o));
        assertEquals(List.of("header x-request-id: expected present, was absent"),
                check("headers: {x-request-id: {present: true}}", o));
        assertEquals(List.of("header retry-after: expected \"5\", got \"2\""), check("headers: {retry-after: 5}", o));
        assertEquals(List.of("header retry-after: expected one of [\"5\",\"10\"], got \"2\""),
                check("headers: {retry-after: {in: [5, 10]}}", o));
    }

    @Test
    void jsonPaths() {
        Observation o = json(200, Samples.COMPLETION);
        assertEquals(List.of(), check("""
                json:
                  $.choices[0].finish_reason: stop
                  $.usage.total_tokens: {gt: 0, type: integer}
                  $.choices.length(): 1
                  $.choices[0].logprobs: null
                  $.choices[0].message.tool_calls: {absent: true}
                """, o));
        assertEquals(List.of("$.choices[0].finish_reason: expected \"length\", got \"stop\"",
                        "$.choices[1].message: expected present, was absent"),
                check("""
                        json:
                          $.choices[0].finish_reason: length
                          $.choices[1].message: {present: true}
                        """, o));
    }

    @Test
    void aBodyThatIsNotJsonSaysSo() {
        assertEquals(List.of("body is not JSON (status 502): <html>Bad Gateway</html>"),
                check("json: {$.id: {present: true}}", json(502, "<html>Bad Gateway</html>")));
    }

    /** What looks like JSON but is not says why: the reason was invisible in the body shown. */
    @Test
    void aBodyThatLooksLikeJsonSaysWhyItIsNot() {
        assertEquals(List.of("body is not JSON (status 200; it starts with a byte-order mark (U+FEFF), which JSON forbids "
                        + "(RFC 8259, 8.1)): \uFEFF{\"id\": \"x\"}"),
                check("json: {$.id: {present: true}}", json(200, "\uFEFF{\"id\": \"x\"}")));
        assertEquals(List.of("body is not JSON (status 200; Non-standard token 'NaN' (line 1, column 16)): {\"created\": NaN}"),
                check("json: {$.id: {present: true}}", json(200, "{\"created\": NaN}")));
        String deep = "[".repeat(5000) + "]".repeat(5000);
        String problem = check("json: {$.id: {present: true}}", json(200, deep)).get(0);
        assertTrue(problem.startsWith("body is not JSON (status 200; Document nesting depth (1001) exceeds the maximum allowed (1000)"),
                problem);
    }

    @Test
    void schema() {
        assertEquals(List.of(), check("schema: chat.completion", json(200, Samples.COMPLETION)));
        assertEquals(List.of("schema error: $.error: required property 'param' not found"),
                check("schema: error", json(400, "{\"error\": {\"message\": \"m\", \"type\": \"t\", \"code\": null}}")));
    }

    @Test
    void errorEnvelope() {
        Observation o = json(401, Samples.ERROR);
        assertEquals(List.of(), check("error_envelope: {type: invalid_request_error, code: invalid_api_key, param: null}", o));
        assertEquals(List.of("error.type: expected \"authentication_error\", got \"invalid_request_error\""),
                check("error_envelope: {type: authentication_error}", o));
        assertEquals(List.of("error.param: expected a string or null, was absent",
                        "error.code: expected a string or null, got 429"),
                check("error_envelope: true", json(429, "{\"error\": {\"message\": \"slow down\", \"type\": \"rate\", \"code\": 429}}")));
        assertEquals(List.of("expected an object under \"error\", body was {\"detail\":\"Not Found\"}"),
                check("error_envelope: true", json(404, "{\"detail\": \"Not Found\"}")));
    }

    @Test
    void noResponseIsSaidPlainly() {
        Observation refused = Observations.refused();
        assertEquals(List.of("no response: connection refused"), check("status: 200", refused));
        assertEquals(List.of("no response: connection refused"), check("headers: {x-a: 1}", refused));
        assertEquals(List.of("no response: connection refused"), check("json: {$.id: x}", refused));
        assertEquals(List.of("no response: connection refused"), check("error_envelope: true", refused));
        assertEquals(List.of("no response: connection refused"), check("timing: {ttft_ms: {lt: 10}}", refused));
        assertEquals(List.of(), check("timing: {total_ms: {lt: 10}}", refused));
    }

    @Test
    void timing() {
        Observation o = json(200, Samples.COMPLETION); // headers 12 ms, first token 30 ms, total 80 ms
        assertEquals(List.of(), check("timing: {headers_ms: {lt: 20}, ttft_ms: {lt: 50}, total_ms: {gte: 80}}", o));
        assertEquals(List.of("timing total_ms: expected < 50, got 80.0"), check("timing: {total_ms: {lt: 50}}", o));
    }

    @Test
    void transport() {
        Observation complete = Observations.stream(Samples.delta(0, "Hi"), "[DONE]");
        Observation noDone = Observations.stream(Samples.delta(0, "Hi"));
        assertEquals(List.of(), check("transport: {fails: true}", Observations.refused()));
        // A clean end without [DONE] is a stream problem, not a transport failure.
        assertEquals(List.of("expected a transport failure, but a complete response arrived (status 200)"),
                check("transport: {fails: true}", noDone));
        assertEquals(List.of("expected a transport failure, but a complete response arrived (status 200)"),
                check("transport: {fails: true}", complete));
        assertEquals(List.of("expected a complete response, but the transport failed: connection refused"),
                check("transport: {fails: false}", Observations.refused()));
    }
}
