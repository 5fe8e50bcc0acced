package dev.cutover.expect;

import static dev.cutover.expect.YamlText.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.yaml.InputException;
import dev.cutover.yaml.YamlFiles;
import dev.cutover.yaml.YamlNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationParserTest {

    @Test
    void readsEveryKindInFileOrder() {
        List<Expectation> all = parse("""
                expect:
                  status: 200
                  headers:
                    retry-after: {present: true}
                  json:
                    $.choices[0].finish_reason: stop
                  schema: chat.completion
                  error_envelope: {type: invalid_request_error, param: null}
                  stream:
                    ends_with_done: true
                    every_chunk: {schema: chat.completion.chunk}
                    content: {equals: provider}
                    first_chunk:
                      $.choices[0].delta.role: assistant
                    usage_chunk: {$.usage.total_tokens: {gt: 0}}
                    finish_reason: stop
                    tool_calls: {equals: provider}
                    events: {gte: 2}
                    well_formed: true
                  upstream:
                    count: 1
                    headers: {authorization: {matches: 'Bearer .+'}}
                    key_not_forwarded: true
                    body: {$.stream: true}
                    path: /v1/chat/completions
                  timing: {ttft_ms: {lt: 500}, total_ms: {lt: 2000}}
                  transport: {fails: false}
                """);
        assertEquals(List.of(
                "status equals 200",
                "header retry-after present",
                "$.choices[0].finish_reason equals \"stop\"",
                "body matches schema chat.completion",
                "body is an OpenAI error envelope with error.type equals \"invalid_request_error\", error.param equals null",
                "stream ends with [DONE]",
                "every stream chunk matches schema chat.completion.chunk",
                "stream content equals the provider's content",
                "first chunk $.choices[0].delta.role equals \"assistant\"",
                "usage chunk $.usage.total_tokens gt 0",
                "stream finish_reason equals \"stop\"",
                "stream tool calls equal the provider's",
                "stream events (without [DONE]) gte 2",
                "stream is well-formed SSE",
                "upstream request count equals 1",
                "upstream header authorization matches /Bearer .+/",
                "the client's key is not forwarded upstream",
                "upstream body $.stream equals true",
                "upstream path equals \"/v1/chat/completions\"",
                "timing ttft_ms lt 500",
                "timing total_ms lt 2000",
                "the exchange completes at the transport level"),
                all.stream().map(Expectation::describe).toList());
    }

    @Test
    void contentWithTextIsAnOrdinaryPredicate() {
        assertEquals("stream content equals \"Hello\"", parse("expect:\n  stream: {content: Hello}").get(0).describe());
        assertEquals("body is an OpenAI error envelope", parse("expect:\n  error_envelope: true").get(0).describe());
    }

    @Test
    void unknownKeyListsTheAllowedOnes() {
        assertError("""
                expect:
                  status: 200
                  body: {}
                """, "x.yaml:3: expect.body: unknown key; allowed here: status, headers, json, schema, error_envelope,"
                + " stream, upstream, timing, transport, cache, usage_consistent, tool_calls_valid, content_json, embeddings");
        assertError("""
                expect:
                  stream:
                    done: true
                """, "x.yaml:3: expect.stream.done: unknown key; allowed here: ends_with_done, every_chunk, content,"
                + " first_chunk, last_chunk, usage_chunk, finish_reason, tool_calls, events, choices, well_formed, signals_failure");
    }

    @Test
    void badValuesNameTheLineAndField() {
        assertError("expect:\n  status: ok\n", "x.yaml:2: expect.status: expected a whole number, found 'ok'");
        assertError("expect:\n  headers: 5\n", "x.yaml:2: expect.headers: expected a map, found '5'");
        assertError("expect:\n  schema: completion\n", "x.yaml:2: expect.schema: 'completion' is not one of"
                + " chat.completion, chat.completion.chunk, error, embedding.list, model.list, model, response,"
                + " response.stream.event, message, message.stream.event, anthropic.error");
        assertError("expect:\n  status:\n", "x.yaml:2: expect.status: needs a value");
        assertError("expect:\n  error_envelope: false\n",
                "x.yaml:2: expect.error_envelope: write true, or a map of message, type, param, code");
        assertError("expect:\n  error_envelope: {kind: x}\n",
                "x.yaml:2: expect.error_envelope.kind: unknown key; allowed here: message, type, param, code");
        assertError("expect:\n  transport: {}\n", "x.yaml:2: expect.transport.fails: missing required field");
        assertError("expect:\n  stream:\n    well_formed: false\n",
                "x.yaml:3: expect.stream.well_formed: only 'true' is meaningful here; leave the key out to not check it");
        assertError("expect:\n  stream:\n    tool_calls: {equals: [a]}\n",
                "x.yaml:3: expect.stream.tool_calls: only 'equals: provider' is supported");
        assertError("expect:\n  upstream:\n    headers: {authorization: }\n",
                "x.yaml:3: expect.upstream.headers.authorization: needs a value, e.g. 'present: true'");
        assertError("expect:\n  timing: {first_ms: 3}\n",
                "x.yaml:2: expect.timing.first_ms: unknown key; allowed here: ttft_ms, headers_ms, total_ms, stream_ms");
    }

    @Test
    void badRegexAndBadPathFailAtLoadTime() {
        assertError("""
                expect:
                  json:
                    $.id: {matches: 'chatcmpl-[a-z'}
                """, "x.yaml:3: expect.json.$.id.matches: regex 'chatcmpl-[a-z' is not RE2 syntax (missing closing ]);"
                + " cutover matches with RE2: no backreferences, lookahead or lookbehind");
        InputException e = assertThrows(InputException.class, () -> parse("""
                expect:
                  status: 200
                  json:
                    $.choices[0.message: x
                """));
        assertTrue(e.getMessage().startsWith("x.yaml:4: expect.json.$.choices[0.message: bad JSON path '$.choices[0.message': "),
                e.getMessage());
        assertError("expect:\n  json:\n    \"$.a[\": 1\n", "x.yaml:3: expect.json.$.a[: bad JSON path '$.a[': unclosed bracket");
        assertError("expect:\n  stream:\n    usage_chunk: {$.usage.total_tokens: {gt: many}}\n",
                "x.yaml:3: expect.stream.usage_chunk.$.usage.total_tokens.gt: gt needs a number, found 'many'");
    }

    /** A scenario that checks nothing cannot fail, so it would pass against any gateway: refused. */
    @Test
    void anEmptyExpectIsRefused() {
        for (String yaml : List.of("expect:\n", "expect: {}\n", "expect: ~\n")) {
            YamlNode empty = YamlFiles.parse(Path.of("x.yaml"), yaml).entries().get("expect");
            String m = assertThrows(InputException.class, () -> ExpectationParser.parse(empty)).getMessage();
            assertTrue(m.startsWith("x.yaml:1: expect: nothing is checked"), m);
        }
    }

    private static void assertError(String yaml, String message) {
        assertEquals(message, assertThrows(InputException.class, () -> parse(yaml)).getMessage());
    }
}
