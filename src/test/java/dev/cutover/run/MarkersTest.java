package dev.cutover.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkersTest {
    @Test
    void marksTheLastUserMessageOnly() {
        Map<String, Object> body = Map.of("messages", List.of(
                Map.of("role", "user", "content", "first"),
                Map.of("role", "assistant", "content", "reply"),
                Map.of("role", "user", "content", "second"),
                Map.of("role", "tool", "content", "result")));
        List<?> msgs = (List<?>) Markers.insert(body, "[cutover:k]").get("messages");
        assertEquals("first", ((Map<?, ?>) msgs.get(0)).get("content"));
        assertEquals("second [cutover:k]", ((Map<?, ?>) msgs.get(2)).get("content"));
        assertEquals("result", ((Map<?, ?>) msgs.get(3)).get("content"));
    }

    @Test
    void marksContentPartsAndEmbeddingInputs() {
        Map<String, Object> parts = Map.of("messages", List.of(Map.of("role", "user",
                "content", List.of(Map.of("type", "text", "text", "hi")))));
        List<?> content = (List<?>) ((Map<?, ?>) ((List<?>) Markers.insert(parts, "[cutover:k]").get("messages")).get(0)).get("content");
        assertEquals(2, content.size());
        assertEquals("a [cutover:k]", Markers.insert(Map.of("input", "a"), "[cutover:k]").get("input"));
        assertEquals(List.of("a", "b [cutover:k]"), Markers.insert(Map.of("input", List.of("a", "b")), "[cutover:k]").get("input"));
        // The Responses API's input items: the last user item is marked, as a chat's last user message is.
        List<?> items = (List<?>) Markers.insert(Map.of("input", List.of(Map.of("role", "user", "content", "q"),
                Map.of("role", "assistant", "content", "a"))), "[cutover:k]").get("input");
        assertEquals("q [cutover:k]", ((Map<?, ?>) items.get(0)).get("content"));
        assertEquals("a", ((Map<?, ?>) items.get(1)).get("content"));
    }
}
