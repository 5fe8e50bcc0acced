package dev.cutover.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.report.HtmlPage.Card;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one escaper and the one frame every HTML report is written in. */
class HtmlPageTest {

    @Test
    void theEscaperCoversEveryCharacterWithMeaningInTextAndInQuotedAttributes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;R&amp;D&lt;/a&gt;",
                HtmlText.escape("<a href=\"x\" title='y'>R&D</a>"));
        assertEquals("ab\ncd", HtmlText.escape("a\u0000b\ncd"), "C0 controls other than line breaks and tabs go");
        assertEquals("", HtmlText.escape(null));
    }

    @Test
    void everyPageHasTheSharedStylesheetAndHeaderStructure() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Target", "it's <mine>");
        meta.put("Gateway", null);
        String page = HtmlPage.head("t & u") + HtmlPage.header("Heading <1>", meta) + HtmlPage.end();
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page);
        assertTrue(page.contains("<title>t &amp; u</title>"), page);
        assertTrue(page.contains("dl.meta {") && page.contains("table.figures") && page.contains("section.difference"),
                "one stylesheet for run, compare, load and overhead");
        assertTrue(page.contains("<header>\n<h1>Heading &lt;1&gt;</h1>\n<dl class=\"meta\"><dt>Target</dt><dd>it&#39;s &lt;mine&gt;</dd>"
                + "<dt>Gateway</dt><dd>—</dd></dl>\n</header>\n"), page);
        assertTrue(page.endsWith("</body>\n</html>\n"));
    }

    @Test
    void aStandInIsBadgedAndEveryTextOfTheHeroIsEscaped() {
        String header = HtmlPage.header("cutover <run>", "gw", List.of(new HtmlPage.StandIn("target", "x<y", "dial")), Map.of());
        assertTrue(header.contains("<div class=\"kind\">cutover &lt;run&gt;</div>"), header);
        assertTrue(header.contains("<p class=\"badge standin\"><b>stand-in for DIAL</b>"), header);
        assertTrue(header.contains("target x&lt;y"), header);

        String hero = HtmlPage.hero("NO-<GO>", "bad", "a & b", List.of(
                Card.of("<3>", "bl<ocking", "bad").note("in \"2\"").link("#x\" onclick=\"y"),
                Card.of(1, "odd tone", "\" onmouseover=\"z")));
        assertTrue(hero.contains("<div class=\"label\">NO-&lt;GO&gt;</div><div class=\"detail\">a &amp; b</div>"), hero);
        assertTrue(hero.contains("<a class=\"card tone-bad\" href=\"#x&quot; onclick=&quot;y\"><b>&lt;3&gt;</b><span>bl&lt;ocking</span>"
                + "<small>in &quot;2&quot;</small></a>"), hero);
        assertTrue(hero.contains("<div class=\"card tone-plain\"><b>1</b>"), "an unknown tone is plain, never markup: " + hero);
        assertFalse(hero.contains("onmouseover"), hero);
    }
}
