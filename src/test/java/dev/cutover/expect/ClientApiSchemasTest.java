package dev.cutover.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Responses API and Messages API schemas against documents shaped as the two references show them. */
class ClientApiSchemasTest {

    /** The reference's own Response example, with the output_text logprobs its OutputTextContent requires. */
    static final String RESPONSE = """
            {"id": "resp_67ccd3a9", "object": "response", "created_at": 1741476777, "status": "completed",
             "completed_at": 1741476778, "error": null, "incomplete_details": null, "instructions": null,
             "max_output_tokens": null, "model": "gpt-4o-2024-08-06",
             "output": [{"type": "message", "id": "msg_67ccd3ac", "status": "completed", "role": "assistant",
                         "content": [{"type": "output_text", "text": "A boardwalk.", "annotations": [], "logprobs": []}]},
                        {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather",
                         "arguments": "{\\"city\\":\\"Paris\\"}", "status": "completed"}],
             "parallel_tool_calls": true, "previous_response_id": null, "store": true, "temperature": 1,
             "text": {"format": {"type": "text"}}, "tool_choice": "auto", "tools": [], "top_p": 1, "truncation": "disabled",
             "usage": {"input_tokens": 328, "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
                       "output_tokens": 52, "output_tokens_details": {"reasoning_tokens": 0}, "total_tokens": 380},
             "user": null, "metadata": {}}
            """;

    /** After the example of Anthropic's Messages API reference, with a tool_use block added. */
    static final String MESSAGE = """
            {"id": "msg_013Zva2CMHLNnXjNJJKqJ2EF", "type": "message", "role": "assistant", "model": "claude-sonnet-4-20250514",
             "content": [{"type": "text", "text": "Hi! My name is Claude."},
                         {"type": "tool_use", "id": "toolu_01A", "name": "get_weather", "input": {"city": "Paris"}}],
             "stop_reason": "tool_use", "stop_sequence": null,
             "usage": {"input_tokens": 2095, "output_tokens": 503, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}}
            """;

    private static JsonNode json(String text) {
        return Json.parse(text).orElseThrow();
    }

    private static ObjectNode object(String text) {
        return (ObjectNode) json(text);
    }

    @Test
    void documentsShapedAsTheReferencesValidate() {
        assertEquals(List.of(), Schemas.validate("response", json(RESPONSE)));
        assertEquals(List.of(), Schemas.validate("message", json(MESSAGE)));
        assertEquals(List.of(), Schemas.validate("anthropic.error",
                json("{\"type\": \"error\", \"error\": {\"type\": \"not_found_error\", \"message\": \"The requested resource could not be found.\"},"
                        + " \"request_id\": \"req_011CSHoEeqs5C35K2UUqR7Fy\"}")));
    }

    @Test
    void aResponseLackingWhatTheReferenceRequiresFails() {
        ObjectNode doc = object(RESPONSE);
        doc.remove(List.of("temperature", "tool_choice"));
        ((ObjectNode) doc.at("/output/0/content/0")).remove("logprobs");
        ((ObjectNode) doc.at("/usage/input_tokens_details")).remove("cache_write_tokens");
        ((ObjectNode) doc.at("/output/1")).put("arguments", 1);
        List<String> problems = Schemas.validate("response", doc);
        for (String part : List.of("temperature", "tool_choice", "logprobs", "cache_write_tokens", "$.output[1].arguments")) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(part)), part + " in " + problems);
        }
    }

    @Test
    void streamEventsAreCheckedByTheirType() {
        ObjectNode inProgress = object(RESPONSE).put("status", "in_progress").putNull("usage"); // as the reference's example
        ObjectNode created = object("{\"type\": \"response.created\", \"sequence_number\": 0}");
        created.set("response", inProgress);
        assertEquals(List.of(), Schemas.validate("response.stream.event", created));
        inProgress.remove("model");
        assertTrue(Schemas.validate("response.stream.event", created).toString().contains("model"));
        String delta = "{\"type\": \"response.output_text.delta\", \"sequence_number\": 3, \"item_id\": \"msg_1\", \"output_index\": 0,"
                + " \"content_index\": 0, \"delta\": \"Hi\"%s}";
        assertEquals(List.of(), Schemas.validate("response.stream.event", json(delta.formatted(", \"logprobs\": []"))));
        assertEquals(1, Schemas.validate("response.stream.event", json(delta.formatted(""))).size());
        String done = "{\"type\": \"response.function_call_arguments.done\", \"sequence_number\": 5, \"item_id\": \"fc_1\","
                + " \"output_index\": 1, \"arguments\": \"{}\"}";
        assertTrue(Schemas.validate("response.stream.event", json(done)).toString().contains("name"));
        assertEquals(1, Schemas.validate("response.stream.event", json("{\"sequence_number\": 1}")).size());
    }

    @Test
    void aMessageInOpenAisWordsFails() {
        ObjectNode doc = object(MESSAGE);
        doc.put("stop_reason", "tool_calls");
        ((ObjectNode) doc.at("/content/1")).put("input", "{\"city\":\"Paris\"}");
        ((ObjectNode) doc.get("usage")).remove("output_tokens");
        List<String> problems = Schemas.validate("message", doc);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.stop_reason")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.content[1].input")), problems.toString());
    }

    @Test
    void messageStreamEventsFollowTheStreamingReference() {
        List<String> valid = List.of(
                "{\"type\": \"message_start\", \"message\": {\"id\": \"msg_1\", \"type\": \"message\", \"role\": \"assistant\", \"content\": [],"
                        + " \"model\": \"claude-sonnet-4-20250514\", \"stop_reason\": null, \"stop_sequence\": null,"
                        + " \"usage\": {\"input_tokens\": 25, \"output_tokens\": 1}}}",
                "{\"type\": \"ping\"}",
                "{\"type\": \"content_block_start\", \"index\": 0, \"content_block\": {\"type\": \"text\", \"text\": \"\"}}",
                "{\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", \"text\": \"Hello\"}}",
                "{\"type\": \"content_block_delta\", \"index\": 1, \"delta\": {\"type\": \"input_json_delta\", \"partial_json\": \"{\\\"ci\"}}",
                "{\"type\": \"content_block_stop\", \"index\": 0}",
                "{\"type\": \"message_delta\", \"delta\": {\"stop_reason\": \"end_turn\", \"stop_sequence\": null}, \"usage\": {\"output_tokens\": 15}}",
                "{\"type\": \"message_stop\"}",
                "{\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}");
        for (String event : valid) assertEquals(List.of(), Schemas.validate("message.stream.event", json(event)), event);
        List<String> invalid = List.of(
                "{\"type\": \"content_block_delta\", \"index\": 0, \"delta\": {\"type\": \"text_delta\", \"partial_json\": \"x\"}}",
                "{\"type\": \"message_delta\", \"delta\": {\"stop_reason\": \"stop\", \"stop_sequence\": null}, \"usage\": {\"output_tokens\": 1}}",
                "{\"type\": \"error\", \"error\": {\"type\": \"server_error\", \"message\": \"x\"}}",
                "{\"object\": \"chat.completion.chunk\", \"choices\": []}");
        for (String event : invalid) assertEquals(1, Schemas.validate("message.stream.event", json(event)).size(), event);
    }
}
