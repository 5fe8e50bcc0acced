package dev.cutover.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Headers;
import dev.cutover.wire.Observation;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.SentRequest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checks a live run relies on: they must pass on any well-formed model answer and fail on the answers a broken
 * gateway gives (usage recounted, token limit dropped, tool arguments that are not JSON or miss a required field,
 * JSON mode ignored, vectors re-encoded wrongly).
 */
class LiveChecksTest {
    private static final String TOOLS = """
            "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object",
              "properties": {"city": {"type": "string"}}, "required": ["city"]}}}]""";

    @Test
    void usageThatAddsUpPassesAndUsageThatDoesNotFails() {
        Expectation usage = only("expect:\n  usage_consistent: true\n");
        String request = "{\"max_tokens\": 16}";
        assertEquals(List.of(), usage.check(chat(request, "{\"choices\": [], \"usage\": " + usage(9, 5, 14) + "}"), Observations.NO_CONTEXT));
        assertEquals(List.of("usage.total_tokens: expected prompt_tokens + completion_tokens = 9 + 5 = 14, got 15"),
                usage.check(chat(request, "{\"usage\": " + usage(9, 5, 15) + "}"), Observations.NO_CONTEXT));
        List<String> dropped = usage.check(chat(request, "{\"usage\": " + usage(9, 300, 309) + "}"), Observations.NO_CONTEXT);
        assertEquals(1, dropped.size(), dropped.toString());
        assertTrue(dropped.get(0).contains("more than the request allowed (16)"), dropped.toString());
        assertEquals(1, usage.check(chat(request, "{\"choices\": []}"), Observations.NO_CONTEXT).size(), "no usage at all fails");
    }

    @Test
    void aStreamsUsageChunkIsChecked() {
        Expectation usage = only("expect:\n  usage_consistent: true\n");
        Observation good = Observations.stream("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}",
                "{\"choices\":[],\"usage\":" + usage(3, 1, 4) + "}", "[DONE]");
        Observation bad = Observations.stream("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}",
                "{\"choices\":[],\"usage\":" + usage(3, 1, 0) + "}", "[DONE]");
        assertEquals(List.of(), usage.check(good, Observations.NO_CONTEXT));
        assertEquals(1, usage.check(bad, Observations.NO_CONTEXT).size());
    }

    @Test
    void aForcedToolCallMustBeACallOfTheOfferedToolWithArgumentsMeetingItsSchema() {
        Expectation valid = only("expect:\n  tool_calls_valid: true\n");
        String request = "{\"tool_choice\": \"required\", " + TOOLS + "}";
        assertEquals(List.of(), valid.check(chat(request, answerWithCall("get_weather", "{\\\"city\\\": \\\"Oslo\\\"}")),
                Observations.NO_CONTEXT));
        assertProblem(valid.check(chat(request, answerWithCall("get_weather", "{\\\"city\\\": ")), Observations.NO_CONTEXT), "JSON");
        assertProblem(valid.check(chat(request, answerWithCall("get_weather", "{}")), Observations.NO_CONTEXT), "city");
        assertProblem(valid.check(chat(request, answerWithCall("get_time", "{}")), Observations.NO_CONTEXT), "did not offer");
        assertProblem(valid.check(chat(request, "{\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", "
                + "\"content\": \"Sunny\"}, \"finish_reason\": \"stop\"}]}"), Observations.NO_CONTEXT), "forced one");
    }

    @Test
    void jsonModeContentMustParse() {
        Expectation json = only("expect:\n  content_json: true\n");
        String request = "{\"response_format\": {\"type\": \"json_object\"}}";
        assertEquals(List.of(), json.check(chat(request, content("{\\\"a\\\": 1}", "stop")), Observations.NO_CONTEXT));
        assertProblem(json.check(chat(request, content("Sure! Here it is", "stop")), Observations.NO_CONTEXT), "not JSON");
        assertProblem(json.check(chat(request, content("{\\\"a\\\": ", "length")), Observations.NO_CONTEXT), "token limit");
    }

    @Test
    void base64VectorsMustDecodeToTheFloatStepsVectors() {
        Expectation agrees = only("expect:\n  embeddings: {count: 1, dimensions: 3, agrees_with: floats}\n");
        float[] v = {0.25f, -0.5f, 0.75f};
        Observation floats = Observations.json(200, "{\"data\": [{\"index\": 0, \"embedding\": [0.25, -0.5, 0.75]}]}");
        ExpectContext ctx = new ExpectContext(ProviderScript.DEFAULT, null, Map.of(), Allowance.DEFAULTS, 0, false,
                Map.of("floats", floats));
        assertEquals(List.of(), agrees.check(base64(v, ByteOrder.LITTLE_ENDIAN), ctx));
        assertProblem(agrees.check(base64(v, ByteOrder.BIG_ENDIAN), ctx), "");
        assertProblem(agrees.check(Observations.json(200, "{\"data\": [{\"index\": 0, \"embedding\": [0.1, 0.2]}]}"), ctx),
                "dimensions");
        assertEquals(Set.of("floats"), agrees.readsSteps());
    }

    @Test
    void vectorsComeInTheFormTheRequestAskedFor() {
        Expectation vectors = only("expect:\n  embeddings: {count: 1}\n");
        float[] v = {0.25f, -0.5f, 0.75f};
        String floats = "{\"data\": [{\"index\": 0, \"embedding\": [0.25, -0.5, 0.75]}]}";
        String base64 = base64(v, ByteOrder.LITTLE_ENDIAN).body();
        assertEquals(List.of(), vectors.check(embeddings("{\"encoding_format\": \"base64\"}", base64), Observations.NO_CONTEXT));
        assertEquals(List.of(), vectors.check(embeddings("{\"input\": \"x\"}", floats), Observations.NO_CONTEXT));
        assertProblem(vectors.check(embeddings("{\"input\": \"x\"}", base64), Observations.NO_CONTEXT),
                "base64 text, but the request asked for floats");
        assertProblem(vectors.check(embeddings("{\"encoding_format\": \"float\"}", base64), Observations.NO_CONTEXT),
                "asked for floats");
        assertProblem(vectors.check(embeddings("{\"encoding_format\": \"base64\"}", floats), Observations.NO_CONTEXT),
                "a list of numbers, but the request asked for base64");
    }

    private static Observation embeddings(String requestBody, String answer) {
        Observation o = Observations.json(200, answer);
        SentRequest sent = new SentRequest("POST", "http://gateway/v1/embeddings", Headers.EMPTY, requestBody);
        return new Observation(sent, o.status(), o.headers(), o.body(), o.events(), o.streamProblems(), o.timings(),
                o.transportError(), o.upstream());
    }

    private static void assertProblem(List<String> problems, String word) {
        assertTrue(!problems.isEmpty() && problems.stream().anyMatch(p -> p.contains(word)), "expected a problem with '" + word + "': " + problems);
    }

    private static Expectation only(String yaml) {
        List<Expectation> all = YamlText.parse(yaml);
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static Observation chat(String requestBody, String answer) {
        Observation o = Observations.json(200, answer);
        SentRequest sent = new SentRequest("POST", "http://gateway/v1/chat/completions", Headers.EMPTY, requestBody);
        return new Observation(sent, o.status(), o.headers(), o.body(), o.events(), o.streamProblems(), o.timings(),
                o.transportError(), o.upstream());
    }

    private static String usage(int prompt, int completion, int total) {
        return "{\"prompt_tokens\": " + prompt + ", \"completion_tokens\": " + completion + ", \"total_tokens\": " + total + "}";
    }

    private static String answerWithCall(String name, String escapedArguments) {
        return "{\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": "
                + "\"call_1\", \"type\": \"function\", \"function\": {\"name\": \"" + name + "\", \"arguments\": \""
                + escapedArguments + "\"}}]}, \"finish_reason\": \"tool_calls\"}]}";
    }

    private static String content(String escaped, String finish) {
        return "{\"choices\": [{\"index\": 0, \"message\": {\"role\": \"assistant\", \"content\": \"" + escaped + "\"}, "
                + "\"finish_reason\": \"" + finish + "\"}]}";
    }

    private static Observation base64(float[] v, ByteOrder order) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(order);
        for (float f : v) b.putFloat(f);
        String text = Base64.getEncoder().encodeToString(b.array());
        return embeddings("{\"encoding_format\": \"base64\"}", "{\"data\": [{\"index\": 0, \"embedding\": \"" + text + "\"}]}");
    }
}
