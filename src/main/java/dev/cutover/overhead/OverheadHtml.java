package dev.cutover.overhead;

import dev.cutover.report.HtmlPage;
import dev.cutover.report.HtmlPage.Card;
import dev.cutover.report.HtmlText;
import dev.cutover.stats.Distribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The overhead probe's index.html, in the frame of {@link HtmlPage}: the median latency the gateway adds in large type
 * (a measurement, not a verdict: there is no threshold to pass), the other added figures and the counts as cards, then
 * each measure's distributions for direct, gateway and the paired difference, and how it was measured.
 */
final class OverheadHtml {
    private OverheadHtml() {}

    static String render(OverheadResult r) {
        StringBuilder out = new StringBuilder(8 * 1024);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Gateway", r.target() + (r.standInFor() == null ? "" : " (stand-in for " + HtmlPage.gatewayName(r.standInFor()) + ")"));
        meta.put("Direct", r.direct());
        meta.put("Started", r.startedAt());
        meta.put("Pairs", r.pairs() + " (after " + r.warmup() + " warm-up), stopped by " + r.stoppedBy()
                + String.format(Locale.ROOT, ", %.1f s", r.durationMs() / 1000));
        meta.put("Machine", String.format(Locale.ROOT, "%d cores, load average %.2f at start, %s", r.conditions().cores(),
                r.conditions().loadAverage(), r.conditions().jvm()));
        List<HtmlPage.StandIn> standIns = r.standInFor() == null ? List.of()
                : List.of(new HtmlPage.StandIn("gateway", r.target(), r.standInFor()));
        out.append(HtmlPage.head("cutover overhead: " + r.target()))
                .append(HtmlPage.header("cutover overhead", "Gateway overhead: " + r.target() + " vs " + r.direct(), standIns, meta));
        hero(out, r);
        out.append("<h2 id=\"figures\">Distributions (ms)</h2><table class=\"figures\"><tr><th>measure</th><th class=\"text\">side</th><th>n</th>"
                + "<th>p50</th><th>p90</th><th>p95</th><th>p99</th><th>min</th><th>max</th><th>mean</th></tr>");
        measure(out, "non-streaming latency", r, r.latency());
        if (r.ttft() != null) measure(out, "streaming time to first token", r, r.ttft());
        out.append("</table>\n");
        if (r.firstFailure() != null) {
            out.append("<p class=\"strip FAILED\">First failure: ").append(HtmlText.escape(r.firstFailure())).append("</p>\n");
        }
        out.append("""
                <h2 id="method">How this was measured</h2>
                <p>Added latency is the distribution of <em>gateway − direct</em> over interleaved pairs of identical
                requests to the same mock provider, each side on one kept-alive connection, timed with
                <code>System.nanoTime</code>. The median of the differences is not the difference of the medians: pairing
                cancels what both calls of a pair share (a busy moment, a pause in the mock). A pair with a failure or a
                new connection is dropped. Every figure is in <a href="overhead.json">overhead.json</a>.</p>
                """);
        return out.append(HtmlPage.end()).toString();
    }

    private static void hero(StringBuilder out, OverheadResult r) {
        Distribution added = r.latency().added();
        String label = Double.isNaN(added.p50()) ? "–" : String.format(Locale.ROOT, "%+.3f ms", added.p50());
        String detail = "the median latency " + r.target() + " adds to a call, over " + r.pairs() + " paired calls";
        List<Card> cards = new ArrayList<>();
        cards.add(ms(added.p99(), "added p99", "non-streaming latency"));
        if (r.ttft() != null) {
            cards.add(ms(r.ttft().added().p50(), "added TTFT p50", "streaming, first token"));
            cards.add(ms(r.ttft().added().p99(), "added TTFT p99", "streaming, first token"));
        }
        cards.add(Card.of(r.pairs(), "pairs", "plain").note("after " + r.warmup() + " warm-up").link("#figures"));
        cards.add(Card.of(r.failures(), "failures", r.failures() > 0 ? "bad" : "plain").note("pairs dropped"));
        cards.add(Card.of(r.reconnects(), "reconnects", r.reconnects() > 0 ? "warn" : "plain").note("pairs dropped"));
        out.append(HtmlPage.hero(label, r.failures() > 0 ? "warn" : "plain", detail, cards));
    }

    private static Card ms(double v, String label, String note) {
        return Card.of(Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%+.2f ms", v), label, "plain").note(note).link("#figures");
    }

    private static void measure(StringBuilder out, String name, OverheadResult r, Comparison c) {
        row(out, name, "direct " + r.direct(), c.direct(), "");
        row(out, "", "gateway " + r.target(), c.gateway(), "");
        row(out, "", "added, paired", c.added(), " class=\"added\"");
    }

    private static void row(StringBuilder out, String measure, String side, Distribution d, String attrs) {
        out.append("<tr").append(attrs).append("><td>").append(HtmlText.escape(measure)).append("</td><td class=\"text\">")
                .append(HtmlText.escape(side)).append("</td><td>").append(d.count()).append("</td>");
        for (double v : new double[] {d.p50(), d.p90(), d.p95(), d.p99(), d.min(), d.max(), d.mean()}) {
            out.append("<td>").append(Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v)).append("</td>");
        }
        out.append("</tr>");
    }
}
