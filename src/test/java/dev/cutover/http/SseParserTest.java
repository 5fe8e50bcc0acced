package dev.cutover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SseParserTest {
    private static SseParser parse(String text) {
        SseParser p = new SseParser();
        double t = 0;
        for (String line : text.split("\n", -1)) p.line(line, t++);
        p.end();
        return p;
    }

    @Test
    void eventsJoinDataLinesAndKeepTheirName() {
        SseParser p = parse(": comment\nevent: message_start\ndata: a\ndata: b\n\ndata: [DONE]\n\n");
        assertEquals(2, p.events().size());
        assertEquals("a\nb", p.events().get(0).data());
        assertEquals("message_start", p.events().get(0).event());
        assertTrue(p.events().get(1).isDone());
        assertTrue(p.problems().isEmpty());
    }

    @Test
    void aLineThatIsNoFieldIsAProblem() {
        SseParser p = parse("data: {\"a\":\n1}\n\n");
        assertEquals(1, p.problems().size());
        assertTrue(p.problems().get(0).startsWith("line 2: not an SSE field"), p.problems().get(0));
    }

    @Test
    void streamEndingInsideAnEventIsAProblem() {
        SseParser p = new SseParser();
        p.line("data: half", 0);
        p.end();
        assertEquals(0, p.events().size());
        assertEquals(1, p.problems().size());
    }

    @Test
    void firstTokenNeedsNonEmptyContentOrToolCall() {
        assertEquals(false, StreamClient.carriesToken("{\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}"));
        assertEquals(true, StreamClient.carriesToken("{\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}"));
        assertEquals(true, StreamClient.carriesToken("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0}]}}]}"));
        assertEquals(false, StreamClient.carriesToken("[DONE]"));
    }
}
