package dev.cutover.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutover.run.RunResult;
import dev.cutover.wire.Redactor;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportsTest {
    @TempDir
    Path tmp;

    private Path writeAll() {
        Path dir = tmp.resolve("run");
        List<Path> files = Reports.write(Fixtures.run(), Redactor.none(), dir);
        assertEquals(List.of("index.html", "report.json", "report.md", "junit.xml"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        files.forEach(f -> assertTrue(Files.isRegularFile(f), f + " written"));
        return dir;
    }

    @Test
    void reportJsonHasTheDocumentedShape() throws Exception {
        JsonNode root = new ObjectMapper().readTree(writeAll().resolve("report.json").toFile());
        assertEquals(List.of("schemaVersion", "target", "startedAt", "durationMs", "counts", "coverage", "features", "levels",
                "sdks", "outcomes"), names(root));
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals("local-mock", root.at("/target/name").asText());
        assertEquals("2025-03-04T05:06:07Z", root.get("startedAt").asText());
        assertEquals(2, root.at("/counts/FAILED").asInt());
        assertEquals(1, root.at("/counts/NOT_SUPPORTED").asInt());
        assertEquals(1, root.at("/features/chat/PASSED").asInt());
        assertEquals(1, root.at("/features/chat/FAILED").asInt());
        assertEquals(1, root.at("/levels/EXTENDED/NOT_SUPPORTED").asInt());

        JsonNode stream = root.at("/outcomes/0");
        assertEquals(List.of("id", "title", "area", "file", "features", "level", "severity", "status", "reason",
                "durationMs", "steps"), names(stream));
        assertEquals("scenarios/chat/chat.stream.yaml", stream.get("file").asText());
        JsonNode step = stream.at("/steps/0");
        assertEquals(List.of("name", "passed", "checks", "sdkFinding", "sdks", "request", "response", "timings",
                "transportError", "upstream"), names(step));
        assertEquals("client-breaking", step.get("sdkFinding").asText(), "a 200 openai-node raised on");
        assertEquals(List.of("sdk", "version", "outcome", "raised", "detail"), names(step.at("/sdks/1")));
        assertEquals("RAISED", step.at("/sdks/1/outcome").asText());
        assertEquals("SyntaxError", step.at("/sdks/1/raised").asText());
        assertTrue(step.at("/sdks/1/detail").asText().startsWith("Unexpected token near"), "SecretsTest: masked");
        assertTrue(step.at("/sdks/0/raised").isNull());
        assertEquals(2, step.at("/response/events").size());
        assertEquals(20.25, step.at("/response/events/1/atMs").asDouble());
        assertTrue(step.at("/response/events/0/event").isNull());
        assertEquals("Bearer ***", step.at("/upstream/0/headers/authorization/0").asText());
        assertEquals(12.5, step.at("/timings/firstTokenMs").asDouble());

        JsonNode sdks = root.get("sdks");
        assertEquals(List.of("bySdk", "specDeviations", "clientBreaking"), names(sdks));
        assertEquals(List.of("version", "parsed", "raised", "notApplicable", "unavailable"), names(sdks.at("/bySdk/openai-java")));
        assertEquals(1, sdks.at("/bySdk/openai-java/parsed").asInt());
        assertEquals(1, sdks.at("/bySdk/openai-java/raised").asInt());
        assertEquals(1, sdks.at("/bySdk/openai-java/notApplicable").asInt());
        assertEquals(1, sdks.at("/bySdk/openai-node/unavailable").asInt());
        assertEquals("5.23.2", sdks.at("/bySdk/openai-node/version").asText());
        assertEquals(1, sdks.get("clientBreaking").size());
        assertEquals("chat.stream", sdks.at("/clientBreaking/0/scenario").asText());
        assertEquals(0, sdks.get("specDeviations").size());

        JsonNode error = root.at("/outcomes/3");
        assertEquals("ERROR", error.get("status").asText());
        assertEquals("broken.yaml", error.get("title").asText(), "title falls back to the id");
        assertTrue(error.get("level").isNull());
        assertEquals(0, error.get("steps").size());

        JsonNode refused = root.at("/outcomes/4/steps/0");
        assertEquals(0, refused.at("/response/status").asInt());
        assertEquals("connection refused", refused.get("transportError").asText());
        assertTrue(refused.at("/response/headers").isEmpty());
    }

    @Test
    void junitXmlCountsFailuresErrorsAndSkips() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(writeAll().resolve("junit.xml").toFile());
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("5", root.getAttribute("tests"));
        assertEquals(2, doc.getElementsByTagName("failure").getLength());
        assertEquals(1, doc.getElementsByTagName("error").getLength());
        assertEquals(1, doc.getElementsByTagName("skipped").getLength());
        assertEquals(4, doc.getElementsByTagName("testsuite").getLength(), "one suite per area");
        Element first = (Element) doc.getElementsByTagName("testcase").item(0);
        assertEquals("chat.stream — Streams deltas", first.getAttribute("name"));
        assertEquals("cutover.chat", first.getAttribute("classname"));
        assertEquals("0.042", first.getAttribute("time"));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertTrue(failure.getTextContent().contains("status == 200"), failure.getTextContent());
        assertFalse(failure.getTextContent().contains("header content-type"), "passed checks are left out");
    }

    @Test
    void htmlPutsTheSummaryFirstAndEscapesBodies() throws Exception {
        String html = Files.readString(writeAll().resolve("index.html"));
        int summary = html.indexOf("id=\"verdict\"");
        int firstFailure = html.indexOf("<section class=\"failure");
        assertTrue(summary > 0 && firstFailure > summary, "summary before the first failure");
        assertFalse(html.contains("<script>"), "no live script from a body");
        assertTrue(html.contains("&lt;script&gt;"));
        assertTrue(html.contains("Accepts the &lt;client&gt; key"));
        assertTrue(html.contains("connection refused"));
        assertTrue(html.contains("target does not claim feature embeddings"), "not-supported reason shown");
        assertTrue(html.contains("12.5 ms"), "SSE event arrival time");
        assertFalse(html.contains("<link") || html.contains("src=\"http"), "self-contained");
        assertTrue(html.contains("SDKs: openai-java raised UnauthorizedException (status 401, no error code or type read)"),
                "a per-SDK line under each step");
        assertTrue(html.contains("java parsed, node SyntaxError — client-breaking"), "the SDKs of a passing scenario");
        assertTrue(html.contains("Client-breaking: a whole 2xx answer an SDK raises on: 1"));
    }

    @Test
    void htmlLeadsWithTheVerdictAndItsCardsAndBadgesAStandIn() throws Exception {
        String html = Files.readString(writeAll().resolve("index.html"));
        assertTrue(html.contains("<div class=\"label\">FAIL</div>"), "the verdict in large type");
        assertTrue(html.contains("<b>2</b><span>failed</span>") && html.contains("<span>coverage</span>"), "a card per count");
        assertFalse(html.contains("badge standin"), "a real gateway has no stand-in badge");
        assertTrue(html.indexOf("<span class=\"status FAILED\">") < html.indexOf("<span class=\"status PASSED\">"),
                "failures before passes in the table");

        RunResult real = Fixtures.run();
        RunResult standIn = new RunResult(real.target(), "stand-in for litellm (documented behaviour, not the real gateway)",
                real.baseUrl(), real.startedAt(), real.durationMs(), real.outcomes());
        Reports.write(standIn, Redactor.none(), tmp.resolve("standin"));
        String badged = Files.readString(tmp.resolve("standin").resolve("index.html"));
        assertTrue(badged.contains("<p class=\"badge standin\"><b>stand-in for LiteLLM</b>"), "the stand-in in the header");
        assertTrue(Files.readString(tmp.resolve("standin").resolve("report.md"))
                .contains("> **Stand-in:** `local-mock` imitates litellm; it is not the real gateway."), "and in report.md");
        assertFalse(Files.readString(tmp.resolve("run").resolve("report.md")).contains("Stand-in"));
    }

    @Test
    void markdownListsFailuresAndGroupsNotSupported() throws Exception {
        String md = Files.readString(writeAll().resolve("report.md"));
        assertTrue(md.startsWith("❌ **FAIL"), md);
        assertTrue(md.contains("`chat.auth` — status was 401"), md);
        assertTrue(md.contains("1 × target does not claim feature embeddings (`embeddings.basic`)"), md);
    }

    @Test
    void longBodiesAreCutInHtmlOnly() {
        String body = "x".repeat(Bodies.LIMIT + 500);
        String shown = Bodies.display(body, Redactor.none());
        assertTrue(shown.length() < body.length() && shown.contains("truncated"));
        assertEquals("{\n  \"a\" : 1.50\n}", Bodies.display("{\"a\":1.50}", Redactor.none()));
        assertEquals("{\"a\":1,\"a\":2}", Bodies.display("{\"a\":1,\"a\":2}", Redactor.none()), "duplicates shown as sent");
    }

    @Test
    void anEmptyRunWithNullsStillWritesEveryFile() throws Exception {
        Path dir = tmp.resolve("empty");
        Reports.write(new RunResult(null, null, null, null, 0, List.of()), Redactor.none(), dir);
        JsonNode root = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(0, root.get("outcomes").size());
        assertTrue(root.at("/target/gateway").isNull());
        assertTrue(Files.readString(dir.resolve("report.md")).startsWith("✅ **PASS"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("junit.xml").toFile());
    }

    @Test
    void newRunDirIsNamedAfterTimeAndTargetAndNeverReused() {
        Path a = Reports.newRunDir(tmp, "my gateway/prod", Fixtures.STARTED);
        Path b = Reports.newRunDir(tmp, "my gateway/prod", Fixtures.STARTED);
        assertEquals("20250304-050607-my-gateway-prod", a.getFileName().toString());
        assertEquals("20250304-050607-my-gateway-prod-2", b.getFileName().toString());
        assertEquals(tmp, a.getParent());
    }

    @Test
    void writeFillsAReservedDirectoryButNeverOverwritesAReport() throws Exception {
        Path dir = Reports.newRunDir(tmp, "t", Fixtures.STARTED);
        Reports.write(Fixtures.run(), Redactor.none(), dir);
        assertThrows(UncheckedIOException.class, () -> Reports.write(Fixtures.run(), Redactor.none(), dir));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(dir), left.toList(), "no temporary directory left behind");
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
