package dev.cutover.report;

import java.util.Locale;

/**
 * The bill of a run against real providers, under the coverage: requests and tokens per model, the cap, and how many
 * scenarios the cap left out. Behind cutover's mock nothing is billed, so nothing is shown.
 */
final class HtmlBill {
    private HtmlBill() {}

    static void render(Html h, RunReport.BillReport b) {
        if (b == null || !b.realUpstream()) return;
        h.el("h3", null, "Bill").raw("\n");
        String cap = b.maxRequests() == null ? "no cap"
                : String.format(Locale.ROOT, "cap %,d requests, %,d tokens", b.maxRequests(), b.maxTokens());
        String left = b.notRun() == 0 ? "" : String.format(Locale.ROOT, "; %d scenario%s not run for the cap", b.notRun(),
                b.notRun() == 1 ? "" : "s");
        h.el("p", b.notRun() > 0 ? "strip FAILED" : "muted", String.format(Locale.ROOT, "%,d requests, %,d tokens (%,d prompt, "
                + "%,d completion, as the answers' usage reported); %s%s", b.requests(), b.promptTokens() + b.completionTokens(),
                b.promptTokens(), b.completionTokens(), cap, left)).raw("\n");
        h.raw("<table>\n<tr><th>Model</th><th>Requests</th><th>Prompt tokens</th><th>Completion tokens</th></tr>\n");
        for (var l : b.models()) {
            h.raw("<tr>").el("td", null, l.model()).el("td", "num", l.requests()).el("td", "num", l.promptTokens())
                    .el("td", "num", l.completionTokens()).raw("</tr>\n");
        }
        h.raw("</table>\n");
    }
}
