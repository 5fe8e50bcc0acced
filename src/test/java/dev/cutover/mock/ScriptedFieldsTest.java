package dev.cutover.mock;

import static dev.cutover.mock.TestClient.chat;
import static dev.cutover.mock.TestClient.data;
import static dev.cutover.mock.TestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.ProviderScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The answer fields a script adds beyond text and tool calls, whole and streamed, as an OpenAI SDK would read them. */
class ScriptedFieldsTest extends OneMockPerClass {

    private JsonNode whole(String key, ProviderScript script, String extra) {
        mock.script(key, script);
        return json(client.post("/v1/chat/completions", chat(key, extra)).body());
    }

    private List<JsonNode> chunks(String key, ProviderScript script, String extra) {
        mock.script(key, script);
        List<String> events = data(client.post("/v1/chat/completions", chat(key, "\"stream\":true" + extra)).body());
        assertEquals("[DONE]", events.get(events.size() - 1));
        return events.subList(0, events.size() - 1).stream().map(TestClient::json).toList();
    }

    private static String joined(List<JsonNode> chunks, String field) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode c : chunks) sb.append(c.at("/choices/0/delta/" + field).asText(""));
        return sb.toString();
    }

    @Test
    void aRefusalLeavesContentNullAndStreamsAsRefusalDeltas() {
        ProviderScript script = ProviderScript.builder().refusal("I can't help with that.").build();
        JsonNode message = whole("refusal", script, "").at("/choices/0/message");
        assertTrue(message.get("content").isNull());
        assertEquals("I can't help with that.", message.get("refusal").asText());
        List<JsonNode> chunks = chunks("refusal-stream", script, "");
        assertEquals("I can't help with that.", joined(chunks, "refusal"));
        assertEquals("", joined(chunks, "content"));
    }

    @Test
    void reasoningComesBeforeTheContentAndStaysOutOfIt() {
        ProviderScript script = ProviderScript.builder().reasoning("Think first.").content("Answer.").build();
        assertEquals("Think first.", whole("reasoning", script, "").at("/choices/0/message/reasoning_content").asText());
        List<JsonNode> chunks = chunks("reasoning-stream", script, "");
        assertEquals("Think first.", joined(chunks, "reasoning_content"));
        assertEquals("Answer.", joined(chunks, "content"));
        int lastReasoning = -1;
        int firstContent = -1;
        for (int i = 0; i < chunks.size(); i++) {
            if (chunks.get(i).at("/choices/0/delta").has("reasoning_content")) lastReasoning = i;
            if (firstContent < 0 && !chunks.get(i).at("/choices/0/delta/content").asText("").isEmpty()) firstContent = i;
        }
        assertTrue(lastReasoning > 0 && lastReasoning < firstContent, "reasoning before content");
    }

    @Test
    void serviceTierFingerprintAndUsageDetailsAreTheScriptedOnes() {
        ProviderScript script = ProviderScript.builder().serviceTier("flex").systemFingerprint("fp_1")
                .usage(new ProviderScript.Usage(100, 10, Map.of("cached_tokens", 64), Map.of("reasoning_tokens", 4))).build();
        JsonNode body = whole("tier", script, "");
        assertEquals("flex", body.get("service_tier").asText());
        assertEquals("fp_1", body.get("system_fingerprint").asText());
        assertEquals(64, body.at("/usage/prompt_tokens_details/cached_tokens").asInt());
        assertEquals(4, body.at("/usage/completion_tokens_details/reasoning_tokens").asInt());
        List<JsonNode> chunks = chunks("tier-stream", script, ",\"stream_options\":{\"include_usage\":true}");
        for (JsonNode c : chunks) assertEquals("flex", c.get("service_tier").asText());
        assertEquals(64, chunks.get(chunks.size() - 1).at("/usage/prompt_tokens_details/cached_tokens").asInt());
        assertTrue(whole("plain", ProviderScript.DEFAULT, "").path("service_tier").isMissingNode(), "no tier unless scripted");
    }

    @Test
    void topLogprobsGivesThatManyAlternativesTheChosenTokenFirst() {
        JsonNode entry = whole("top", ProviderScript.builder().content("Yes indeed.").build(),
                "\"logprobs\":true,\"top_logprobs\":3").at("/choices/0/logprobs/content/0");
        assertEquals(3, entry.get("top_logprobs").size());
        assertEquals(entry.get("token"), entry.at("/top_logprobs/0/token"));
        assertTrue(entry.at("/top_logprobs/1/logprob").asDouble() < entry.get("logprob").asDouble());
    }

    @Test
    void interleavedAndWholeToolDeltasAssembleToTheSameCalls() {
        ProviderScript.Builder b = ProviderScript.builder().toolCall("a", "{\"x\": 1, \"long\": \"value\"}")
                .toolCall("b", "{\"y\": 2, \"long\": \"value\"}");
        List<JsonNode> interleaved = chunks("interleaved", b.toolDeltas(ProviderScript.ToolDeltas.INTERLEAVED).build(), "");
        List<Integer> order = new ArrayList<>();
        for (JsonNode c : interleaved) for (JsonNode t : c.at("/choices/0/delta/tool_calls")) order.add(t.get("index").asInt());
        assertEquals(List.of(0, 1, 0, 1, 0, 1), order.subList(0, 6));
        List<JsonNode> whole = chunks("whole", b.toolDeltas(ProviderScript.ToolDeltas.WHOLE).build(), "");
        JsonNode calls = whole.stream().map(c -> c.at("/choices/0/delta/tool_calls")).filter(JsonNode::isArray).findFirst().orElseThrow();
        assertEquals(2, calls.size());
        assertEquals("{\"y\": 2, \"long\": \"value\"}", calls.at("/1/function/arguments").asText());
        assertEquals("b", calls.at("/1/function/name").asText());
    }

    @Test
    void aLegacyFunctionCallEndsWithFinishReasonFunctionCall() {
        ProviderScript script = ProviderScript.builder().functionCall("f", "{\"q\": \"long enough to cut\"}").build();
        JsonNode choice = whole("function", script, "").at("/choices/0");
        assertEquals("function_call", choice.get("finish_reason").asText());
        assertTrue(choice.at("/message/content").isNull());
        List<JsonNode> chunks = chunks("function-stream", script, "");
        StringBuilder args = new StringBuilder();
        for (JsonNode c : chunks) args.append(c.at("/choices/0/delta/function_call/arguments").asText(""));
        assertEquals("{\"q\": \"long enough to cut\"}", args.toString());
        assertEquals("function_call", chunks.get(chunks.size() - 1).at("/choices/0/finish_reason").asText());
    }

    @Test
    void aStreamErrorEndsTheStreamAfterTheContentWithoutDone() {
        mock.script("stream-error", ProviderScript.builder().content("Cut here")
                .streamError(new ProviderScript.ErrorReply(0, null, "internal_error", null, null)).build());
        List<String> events = data(client.post("/v1/chat/completions", chat("stream-error", "\"stream\":true")).body());
        JsonNode last = json(events.get(events.size() - 1));
        assertEquals("server_error", last.at("/error/type").asText());
        assertEquals("internal_error", last.at("/error/code").asText());
        assertEquals("Cut here", joined(events.subList(0, events.size() - 1).stream().map(TestClient::json).toList(), "content"));
    }

    @Test
    void theNewFieldsTravelAsJsonToAStandaloneMock() {
        ProviderScript script = ProviderScript.builder().refusal("no").reasoning("hm").serviceTier("priority")
                .functionCall("f", "{}").toolDeltas(ProviderScript.ToolDeltas.WHOLE)
                .usage(new ProviderScript.Usage(1, 2, Map.of("cached_tokens", 1), Map.of()))
                .streamError(new ProviderScript.ErrorReply(0, "t", "c", "m", null)).build();
        assertEquals(script, MockJson.readScript(MockJson.writeScript(script)));
    }
}
