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
    void cutDifferentlyItIsTheSameValue() {
        JsonNode once = assembled(chunk("{\"reasoning_content\":\"ab\",\"content\":\"cd\"}", ""));
        JsonNode twice = assembled(chunk("{\"reasoning_content\":\"a\"}", ""), chunk("{\"reasoning_content\":\"b\",\"content\":\"c\"}", ""),
                chunk("{\"content\":\"d\"}", ""));
        assertEquals(once, twice);
    }
}
