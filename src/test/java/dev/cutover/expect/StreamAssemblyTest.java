package dev.cutover.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stream assembles to what an SDK accumulates, whatever its cut: the value both-ways checks compare. */
class StreamAssemblyTest {
    private static JsonNode assembled(String... chunks) {
        return StreamAssembly.of(List.of(chunks).stream().map(c -> Json.parse(c).orElseThrow()).toList());
    }

    private static String chunk(String delta, String extra) {
        return "{\"service_tier\":\"flex\",\"choices\":[{\"index\":0,\"delta\":" + delta + extra + "}]}";
    }

    @Test
    void reasoningRefusalAndAFunctionCallAssembleLikeContent() {
        JsonNode whole = assembled(
                chunk("{\"role\":\"assistant\",\"reasoning_content\":\"Think \"}", ""),
                chunk("{\"reasoning_content\":\"twice.\"}", ""),
                chunk("{\"refusal\":\"No\"}", ",\"logprobs\":{\"content\":null,\"refusal\":[{\"token\":\"No\",\"logprob\":-0.1}]}"),
                chunk("{\"function_call\":{\"name\":\"f\",\"arguments\":\"{\\\"a\\\": \"}}", ""),
                chunk("{\"function_call\":{\"arguments\":\"1}\"}}", ",\"finish_reason\":\"function_call\""));
        JsonNode message = whole.at("/choices/0/message");
        assertEquals("Think twice.", message.get("reasoning_content").asText());
        assertEquals("No", message.get("refusal").asText());
        assertEquals("f", message.at("/function_call/name").asText());
        assertEquals(Json.parse("{\"a\":1}").orElseThrow(), message.at("/function_call/arguments"), "arguments as a JSON value");
        assertEquals("No", whole.at("/choices/0/logprobs/refusal/0/token").asText());
        assertEquals("function_call", whole.at("/choices/0/finish_reason").asText());
        assertEquals("flex", whole.get("service_tier").asText());
    }

    @Test
    void aToolCallsIdAndNameSentAgainAreAppendedAsOpenAiPythonDoes() {
        String open = "{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"\"}}]}";
        JsonNode once = assembled(chunk(open, ""),
                chunk("{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{}\"}}]}", ""));
        JsonNode again = assembled(chunk(open, ""), chunk(open.replace("\"arguments\":\"\"", "\"arguments\":\"{}\""), ""));
        assertEquals("call_1", once.at("/choices/0/message/tool_calls/0/id").asText());
        assertEquals("call_1call_1", again.at("/choices/0/message/tool_calls/0/id").asText());
        assertEquals("ff", again.at("/choices/0/message/tool_calls/0/function/name").asText());
    }

    @Test
    void aNullTypeInALaterDeltaErasesTheTypeAndNullTextIsIgnored() {
        JsonNode whole = assembled(
                chunk("{\"tool_calls\":[{\"index\":0,\"id\":\"c\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"\"}}]}", ""),
                chunk("{\"tool_calls\":[{\"index\":0,\"id\":null,\"type\":null,\"function\":{\"name\":null,\"arguments\":\"{}\"}}]}", ""));
        JsonNode call = whole.at("/choices/0/message/tool_calls/0");
        assertEquals("c", call.get("id").asText());
        assertEquals("f", call.at("/function/name").asText());
        assertEquals(true, call.get("type").isNull(), "openai-python replaces type with whatever a delta says");
    }

    @Test
    void cutDifferentlyItIsTheSameValue() {
        JsonNode once = assembled(chunk("{\"reasoning_content\":\"ab\",\"content\":\"cd\"}", ""));
        JsonNode twice = assembled(chunk("{\"reasoning_content\":\"a\"}", ""), chunk("{\"reasoning_content\":\"b\",\"content\":\"c\"}", ""),
                chunk("{\"content\":\"d\"}", ""));
        assertEquals(once, twice);
    }

    @Test
    void argumentsSentAsJsonInsteadOfAStringAreNotTheStringTheyWereParsedFrom() {
        JsonNode string = Json.parse("{\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a\\\": 1}\"}}").orElseThrow();
        JsonNode object = Json.parse("{\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":{\"a\":1}}}").orElseThrow();
        JsonNode parsed = StreamAssembly.parsedArguments((com.fasterxml.jackson.databind.node.ObjectNode) string);
        assertEquals(Json.parse("{\"a\":1}").orElseThrow(), parsed.at("/function/arguments"));
        assertEquals("(not a string) {\"a\":1}",
                StreamAssembly.parsedArguments((com.fasterxml.jackson.databind.node.ObjectNode) object).at("/function/arguments").asText());
        JsonNode legacy = Json.parse("{\"name\":\"f\",\"arguments\":{\"a\":1}}").orElseThrow();
        assertEquals("(not a string) {\"a\":1}",
                StreamAssembly.parsedFunction((com.fasterxml.jackson.databind.node.ObjectNode) legacy).get("arguments").asText(),
                "a legacy function call's arguments alike");
    }
}
