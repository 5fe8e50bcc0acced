package dev.cutover.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void textToolCallsRefusalAndReasoningCarryTokens() {
        assertTrue(Tokens.carriesToken("{\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}"));
        assertTrue(Tokens.carriesToken("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0}]}}]}"));
        assertTrue(Tokens.carriesToken("{\"choices\":[{\"delta\":{\"refusal\":\"No.\"}}]}"));
        assertTrue(Tokens.carriesToken("{\"choices\":[{\"delta\":{\"reasoning_content\":\"Let\"}}]}"));
        assertTrue(Tokens.carriesToken("{\"choices\":[{\"delta\":{\"function_call\":{\"name\":\"f\"}}}]}"));
        assertTrue(Tokens.carriesToken("{\"choices\":[{\"index\":1,\"delta\":{\"content\":\"x\"}}]}"), "any choice counts");
    }

    @Test
    void roleFinishUsageDoneAndJunkCarryNone() {
        assertFalse(Tokens.carriesToken("{\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}"));
        assertFalse(Tokens.carriesToken("{\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}"));
        assertFalse(Tokens.carriesToken("{\"choices\":[{\"delta\":{\"tool_calls\":[]}}]}"));
        assertFalse(Tokens.carriesToken("{\"choices\":[],\"usage\":{\"total_tokens\":3}}"));
        assertFalse(Tokens.carriesToken("[DONE]"));
        assertFalse(Tokens.carriesToken("{not json"));
        assertFalse(Tokens.carriesToken("{\"choices\":[{\"delta\":{\"content\":\"x\"}}]} trailing"));
    }

    @Test
    void firstTokenAndArrivalsUseTheSameRule() {
        List<SseEvent> events = List.of(
                new SseEvent(null, "{\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}", 1.0),
                new SseEvent(null, "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"c\"}]}}]}", 50.25),
                new SseEvent(null, "{\"choices\":[{\"delta\":{\"content\":\"a\"}}]}", 70.5),
                new SseEvent(null, "[DONE]", 71.0));
        assertEquals(50.25, Tokens.firstTokenMs(events));
        assertArrayEquals(new long[] {50_250_000L, 70_500_000L}, Tokens.arrivalNanos(events));
        assertNull(Tokens.firstTokenMs(events.subList(0, 1)));
    }
}
