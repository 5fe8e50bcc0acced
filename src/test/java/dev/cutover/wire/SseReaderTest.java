package dev.cutover.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseReaderTest {

    @Test
    void eventsJoinDataLinesAndKeepTheirName() {
        SseReader r = SseReader.of(": comment\nevent: message_start\ndata: a\ndata: b\n\ndata: [DONE]\n\n");
        assertEquals(2, r.events().size());
        assertEquals("a\nb", r.events().get(0).data());
        assertEquals("message_start", r.events().get(0).event());
        assertTrue(r.events().get(1).isDone());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void aLineThatIsNoFieldIsAProblem() {
        SseReader r = SseReader.of("data: {\"a\":\n1}\n\n");
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).startsWith("line 2: not an SSE field"), r.problems().get(0));
    }

    @Test
    void streamEndingInsideAnEventIsAProblemAndNotAnEvent() {
        SseReader r = SseReader.of("data: whole\n\ndata: half");
        assertEquals(List.of("whole"), r.events().stream().map(SseEvent::data).toList());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).contains("stream ended inside an event"), r.problems().get(0));
    }

    @Test
    void lfCrAndCrlfAllEndLines() {
        for (String eol : List.of("\n", "\r", "\r\n")) {
            SseReader r = SseReader.of("data: a" + eol + "data: b" + eol + eol + "data: [DONE]" + eol + eol);
            assertEquals(List.of("a\nb", "[DONE]"), r.events().stream().map(SseEvent::data).toList(), "line end " + eol.replace("\r", "CR").replace("\n", "LF"));
            assertEquals(List.of(), r.problems());
        }
    }

    @Test
    void aCrlfSplitAcrossTwoReadsIsOneLineEndAndTheEventIsDueAtTheBlankLine() {
        SseReader r = new SseReader(0);
        feed(r, "data: a\r", 1_000_000);
        feed(r, "\n\r", 2_000_000);
        assertEquals(1, r.events().size(), "a bare CR ends the blank line at once, without waiting for a byte");
        assertEquals(2.0, r.events().get(0).atMs());
        feed(r, "\n", 3_000_000);
        r.end();
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.events().size());
    }

    @Test
    void eachEventCarriesTheTimeOfTheReadThatCompletedItSinceTheStart() {
        SseReader r = new SseReader(5_000_000);
        feed(r, "data: x\n", 6_000_000);
        feed(r, "\ndata: y\n\n", 9_500_000);
        assertEquals(List.of(4.5, 4.5), r.events().stream().map(SseEvent::atMs).toList());
    }

    @Test
    void aLeadingBomIsSkippedEvenWhenSplit() {
        SseReader r = new SseReader(0);
        byte[] all = "\uFEFFdata: a\n\n".getBytes(StandardCharsets.UTF_8);
        r.feed(all, 0, 1, 0);
        r.feed(all, 1, all.length - 1, 0);
        r.end();
        assertEquals(List.of("a"), r.events().stream().map(SseEvent::data).toList());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void aLineOverTheCapIsCutAndSaid() {
        SseReader r = new SseReader(0, 16);
        byte[] b = ("data: " + "x".repeat(40) + "\n\n").getBytes(StandardCharsets.UTF_8);
        r.feed(b, 0, b.length, 0);
        r.end();
        assertEquals(1, r.events().size());
        assertEquals("x".repeat(10), r.events().get(0).data());
        assertTrue(r.problems().get(0).contains("30 bytes dropped"), r.problems().toString());
    }

    @Test
    void multiByteCharactersSplitAcrossReadsSurvive() {
        SseReader r = new SseReader(0);
        byte[] b = "data: héllo ✓\n\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) r.feed(b, i, 1, 0);
        r.end();
        assertEquals("héllo ✓", r.events().get(0).data());
    }

    private static void feed(SseReader r, String text, long at) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        r.feed(b, 0, b.length, at);
    }
}
