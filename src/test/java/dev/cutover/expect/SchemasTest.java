package dev.cutover.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemasTest {

    private static JsonNode json(String text) {
        return Json.parse(text).orElseThrow();
    }

    @Test
    void realOpenAiDocumentsValidate() {
        assertEquals(List.of(), Schemas.validate("chat.completion", json(Samples.COMPLETION)));
        assertEquals(List.of(), Schemas.validate("chat.completion", json(Samples.COMPLETION_WITH_TOOL_CALL)));
        assertEquals(List.of(), Schemas.validate("chat.completion.chunk", json(Samples.CHUNK)));
        assertEquals(List.of(), Schemas.validate("chat.completion.chunk", json(Samples.USAGE_CHUNK)));
        assertEquals(List.of(), Schemas.validate("chat.completion.chunk", json(Samples.finish("stop"))));
        assertEquals(List.of(), Schemas.validate("error", json(Samples.ERROR)));
        assertEquals(List.of(), Schemas.validate("embedding.list", json(Samples.EMBEDDINGS)));
        assertEquals(List.of(), Schemas.validate("model.list", json(Samples.MODELS)));
        assertEquals(List.of(), Schemas.validate("model", json(Samples.MODEL)));
    }

    @Test
    void brokenCompletionFails() {
        ObjectNode doc = (ObjectNode) json(Samples.COMPLETION);
        doc.remove("created");
        ((ObjectNode) doc.get("choices").get(0)).put("finish_reason", "end_turn");
        List<String> problems = Schemas.validate("chat.completion", doc);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("created")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("finish_reason")), problems.toString());
    }

    @Test
    void brokenChunkFails() {
        ObjectNode doc = (ObjectNode) json(Samples.CHUNK);
        ((ObjectNode) doc.get("choices").get(0)).put("index", "0");
        doc.put("object", "chat.completion");
        List<String> problems = Schemas.validate("chat.completion.chunk", doc);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.choices[0].index")), problems.toString());
    }

    @Test
    void errorEnvelopeNeedsAllFourKeys() {
        List<String> problems = Schemas.validate("error", json("{\"error\": {\"message\": \"x\", \"type\": \"y\", \"code\": 429}}"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("param")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.error.code")), problems.toString());
    }

    @Test
    void createdIsUnixSecondsNotMilliseconds() {
        // OpenAI's own created values (seconds) with three digits more: the same moments in milliseconds.
        String completion = Samples.COMPLETION.replace("\"created\": 1741570283", "\"created\": 1741570283000");
        String chunk = Samples.CHUNK.replace("\"created\": 1694268190", "\"created\": 1694268190000");
        String millis = "$.created: must have a maximum value of 99999999999";
        assertEquals(List.of(millis), Schemas.validate("chat.completion", json(completion)));
        assertEquals(List.of(millis), Schemas.validate("chat.completion.chunk", json(chunk)));
        assertEquals(List.of(millis), Schemas.validate("model", json(Samples.MODEL.replace("1686935002", "1686935002000"))));
    }

    @Test
    void brokenEmbeddingsAndModelsFail() {
        assertEquals(1, Schemas.validate("embedding.list", json(Samples.EMBEDDINGS.replace("0.0023064255", "\"a\""))).size());
        assertEquals(1, Schemas.validate("model.list", json(Samples.MODELS.replace(", \"owned_by\": \"openai\"", ""))).size());
        assertEquals(1, Schemas.validate("model", json("{\"id\": \"m\", \"object\": \"model\", \"created\": 1}")).size());
    }
}
