package dev.cutover.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Redactor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** junit.xml always parses: characters XML 1.0 cannot hold are replaced, markup is escaped by the StAX writer. */
class JunitXmlTest {
    /** NUL, SOH, ESC, a lone surrogate and U+FFFE: none may appear in XML 1.0, escaped or not. */
    private static final String HOSTILE = "a\u0000b\u0001c\u001Bd\uD800e\uFFFEf";

    @Test
    void everyCharacterXmlCannotHoldBecomesTheReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf", JunitXml.clean(HOSTILE));
        assertEquals("tab\tline\nemoji \uD83D\uDE00 é", JunitXml.clean("tab\tline\nemoji \uD83D\uDE00 é"), "legal text is kept");
        assertEquals("one line  two", JunitXml.oneLine("one line\r\n\ttwo"));
    }

    @Test
    void aDocumentWithHostileTextParsesAndReadsBackCleaned() throws Exception {
        JunitXml x = new JunitXml();
        x.open(0, "testsuites", "name", "<&\"'>");
        x.leaf(1, "failure", "body " + HOSTILE + "\n</failure>", "message", "first\nsecond " + HOSTILE, "type", "FAILED");
        Document doc = parse(x.close(0).finish());
        Element root = doc.getDocumentElement();
        assertEquals("<&\"'>", root.getAttribute("name"));
        Element failure = (Element) root.getElementsByTagName("failure").item(0);
        assertEquals("first second a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf", failure.getAttribute("message"));
        assertEquals("body a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\n</failure>", failure.getTextContent());
    }

    @Test
    void theRunsJunitXmlKeepsItsShapeAndReplacesAControlCharacterInAReason(@TempDir Path tmp) throws Exception {
        // Fixtures' broken scenario ends its reason with U+0001; this used to be dropped, it is now replaced.
        Reports.write(Fixtures.run(), Redactor.none(), tmp.resolve("r"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(tmp.resolve("r/junit.xml").toFile());
        Element error = (Element) doc.getElementsByTagName("error").item(0);
        assertEquals("broken.yaml:3: unknown field \"stepz\"\uFFFD", error.getAttribute("message"));
        assertEquals("ERROR", error.getAttribute("type"));
        assertTrue(error.getTextContent().startsWith("broken.yaml:3: unknown field \"stepz\"\uFFFD"), error.getTextContent());
    }

    private static Document parse(String xml) throws Exception {
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"), xml);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
