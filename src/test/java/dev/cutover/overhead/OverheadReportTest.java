package dev.cutover.overhead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.stats.Distribution;
import dev.cutover.wire.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** overhead.json and index.html, written as one report folder in the frame every HTML report shares. */
class OverheadReportTest {
    @TempDir
    Path reports;

    @Test
    void writesBothFilesWithUnmeasuredFiguresAsNullAndEveryNameEscaped() throws Exception {
        Distribution d = Distribution.of(new double[] {1, 2, 3, 0.1234567891});
        OverheadResult r = new OverheadResult("it's <gw>", "direct-mock", "2025-03-04T05:06:07Z", 1000, 10, 3, "pairs",
                new Comparison(d, d, d), new Comparison(Distribution.EMPTY, Distribution.EMPTY, Distribution.EMPTY), 0, 0,
                null, new OverheadResult.Conditions(2, 1.0, "jvm"), null);
        Path json = OverheadReport.write(r, reports, Instant.parse("2025-03-04T05:06:08Z"));
        assertEquals(reports.resolve("20250304-050608-overhead-it-s-gw").resolve("overhead.json"), json.toAbsolutePath());

        JsonNode root = Json.MAPPER.readTree(json.toFile());
        assertEquals(1.5, root.at("/latency/added/p50").asDouble());
        assertEquals(0.123457, root.at("/latency/added/min").asDouble(), 0, "rounded to the nanosecond");
        assertTrue(root.at("/ttft/added/p50").isNull(), "no TTFT measured: null, not NaN or 0");
        assertEquals(0, root.at("/ttft/added/count").asInt());

        String html = Files.readString(json.resolveSibling("index.html"));
        assertTrue(html.contains("<h1>Gateway overhead: it&#39;s &lt;gw&gt; vs direct-mock</h1>"), html);
        assertTrue(html.contains("<dl class=\"meta\">") && html.contains("dl.meta {"), "the shared header and stylesheet");
        assertFalse(html.contains("<gw>"), html);
        assertTrue(html.indexOf("id=\"verdict\"") < html.indexOf("id=\"figures\""), "the added median first, then the table");
        assertFalse(html.contains("badge standin"), "a real gateway has no stand-in badge");

        Path standIn = OverheadReport.write(r.standingInFor("litellm"), reports, Instant.parse("2025-03-04T05:06:09Z"));
        assertEquals("litellm", Json.MAPPER.readTree(standIn.toFile()).path("standInFor").asText());
        String badged = Files.readString(standIn.resolveSibling("index.html"));
        assertTrue(badged.contains("badge standin") && badged.contains("stand-in for LiteLLM"), "the stand-in is flagged");
    }
}
