package dev.cutover.expect;

import static dev.cutover.expect.Observations.json;
import static dev.cutover.expect.Observations.received;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderScript;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every {@code upstream:} expectation on hand-built received requests. */
class UpstreamExpectationsTest {

    private static final String CLIENT_KEY = "sk-client-123";

    private static final Observation RETRIED = json(200, Samples.COMPLETION).withUpstream(List.of(
            received("/v1/chat/completions", Map.of("Authorization", List.of("Bearer sk-provider")), "{\"stream\": true}"),
            received("/v1/chat/completions", Map.of("Authorization", List.of("Bearer sk-provider"),
                    "X-Trace", List.of("a", "b")), "{\"model\": \"gpt-4o\", \"stream\": false}")));

    private static List<String> check(String upstreamYaml, Observation o, String clientKey) {
        List<Expectation> all = YamlText.parse("expect:\n  upstream:\n" + upstreamYaml.indent(4));
        ExpectContext context = new ExpectContext(ProviderScript.DEFAULT, clientKey);
        return all.stream().flatMap(e -> e.check(o, context).stream()).toList();
    }

    private static List<String> check(String upstreamYaml, Observation o) {
        return check(upstreamYaml, o, CLIENT_KEY);
    }

    @Test
    void count() {
        assertEquals(List.of(), check("count: 2", RETRIED));
        assertEquals(List.of("upstream request count: expected 1, got 2"), check("count: 1", RETRIED));
    }

    @Test
    void headersOfTheLastRequest() {
        assertEquals(List.of(), check("headers: {authorization: Bearer sk-provider, x-trace: 'a, b'}", RETRIED));
        assertEquals(List.of("upstream header x-cutover-exchange: expected present, was absent"),
                check("headers: {x-cutover-exchange: {present: true}}", RETRIED));
    }

    @Test
    void bodyOfTheLastRequest() {
        assertEquals(List.of(), check("body: {$.stream: false, $.model: {matches: 'gpt-.*'}}", RETRIED));
        assertEquals(List.of("upstream body $.stream: expected true, got false"), check("body: {$.stream: true}", RETRIED));
        Observation form = json(200, "{}").withUpstream(List.of(received("/v1/x", Map.of(), "a=b")));
        assertEquals(List.of("upstream body is not JSON: a=b"), check("body: {$.a: b}", form));
    }

    @Test
    void path() {
        assertEquals(List.of(), check("path: /v1/chat/completions", RETRIED));
        assertEquals(List.of("upstream path: expected to match /.*/openai/.*/, got \"/v1/chat/completions\""),
                check("path: {matches: '.*/openai/.*'}", RETRIED));
    }

    @Test
    void keyNotForwardedNamesTheHeaderButNeverTheKey() {
        assertEquals(List.of(), check("key_not_forwarded: true", RETRIED));
        Observation leaked = json(200, "{}").withUpstream(List.of(
                received("/v1/chat/completions", Map.of("Authorization", List.of("Bearer " + CLIENT_KEY)), "{}")));
        assertEquals(List.of("upstream request 1: header authorization carries the client's key"),
                check("key_not_forwarded: true", leaked));
        assertEquals(List.of(), check("key_not_forwarded: true", leaked, null));
    }

    @Test
    void nothingReachedTheProvider() {
        Observation none = json(502, Samples.ERROR);
        assertEquals(List.of("no request reached the provider"), check("path: /v1/chat/completions", none));
        assertEquals(List.of("no request reached the provider"), check("headers: {authorization: {present: true}}", none));
        assertEquals(List.of(), check("count: 0", none));
    }
}
