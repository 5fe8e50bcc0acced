package dev.cutover.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.yaml.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chunks of one stream say the same id and created and report usage once, last; anything else is named. */
class ChunkSequenceTest {
    private static final ChunkSequence CHECK = new ChunkSequence(new Source(Path.of("s.yaml"), 1));

    private static String chunk(String id, long created, String usage) {
        return "{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":" + created + ",\"model\":\"m\","
                + "\"choices\":" + (usage.equals("null") ? "[{\"index\":0,\"delta\":{\"content\":\"a\"},\"finish_reason\":null}]" : "[]")
                + ",\"usage\":" + usage + "}";
    }

    private static final String USAGE = "{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}";

    private static List<String> check(String... data) {
        return CHECK.check(Observations.stream(data), Observations.NO_CONTEXT);
    }

    @Test
    void oneIdOneCreatedAndUsageLastPass() {
        assertEquals(List.of(), check(chunk("c", 5, "null"), chunk("c", 5, "null"), chunk("c", 5, USAGE), "[DONE]"));
    }

    @Test
    void anIdPerChunkIsNamedOnceWithHowManyDiffer() {
        List<String> problems = check(chunk("c1", 5, "null"), chunk("c2", 5, "null"), chunk("c3", 5, "null"), "[DONE]");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("id: chunk 2 has \"c2\", chunk 1 had \"c1\" (2 of 3 chunks differ)"), problems.get(0));
    }

    @Test
    void aCreatedThatTicksIsNamed() {
        List<String> problems = check(chunk("c", 5, "null"), chunk("c", 6, "null"), "[DONE]");
        assertTrue(problems.get(0).startsWith("created: chunk 2 has 6, chunk 1 had 5"), problems.toString());
    }

    @Test
    void usageTwiceOrBeforeTheEndIsNamed() {
        assertTrue(check(chunk("c", 5, "null"), chunk("c", 5, USAGE), chunk("c", 5, USAGE), "[DONE]").get(0)
                .startsWith("usage: 2 chunks carry it (chunks [2, 3] of 3)"));
        assertTrue(check(chunk("c", 5, USAGE), chunk("c", 5, "null"), "[DONE]").get(0).startsWith("usage: chunk 1 of 2 carries it"));
    }

    @Test
    void errorEventsAndAnswersThatAreNoStreamAreNotItsBusiness() {
        assertEquals(List.of(), check(chunk("c", 5, "null"), "{\"error\":{\"message\":\"x\",\"type\":\"server_error\"}}"));
        assertEquals(List.of(), CHECK.check(Observations.json(200, "{}"), Observations.NO_CONTEXT));
    }
}
