package dev.cutover.report;

import dev.cutover.report.StepReport.SdkReport;
import java.util.List;

/**
 * The SDK oracles in index.html: one strip under the verdict (per SDK: parsed, raised, n/a; and how many answers
 * SDKs and checks disagree on), a section at the end with the table and the steps they disagree on, one line per
 * step in the failure sections, and a short cell per scenario in the table of all outcomes — a passing scenario can
 * hold a 2xx an SDK cannot parse.
 */
final class HtmlSdks {
    private HtmlSdks() {}

    /** One line under the verdict: each SDK's counts, then the disagreements, linked to their list. */
    static void strip(Html h, SdkSummary s) {
        if (s.isEmpty()) return;
        h.raw("<p class=\"strip\" id=\"sdks\"><b>Official SDKs</b>");
        s.bySdk().forEach((sdk, c) -> {
            StringBuilder t = new StringBuilder(sdk).append(c.version() == null ? "" : " " + c.version()).append(": ")
                    .append(c.parsed()).append(" parsed · ").append(c.raised()).append(" raised");
            if (c.notApplicable() > 0) t.append(" · ").append(c.notApplicable()).append(" n/a");
            if (c.unavailable() > 0) t.append(" · ").append(c.unavailable()).append(" unavailable");
            h.el("span", "item", t);
        });
        int breaking = s.clientBreaking().size();
        h.raw("<span class=\"item\"><a href=\"#sdk-findings\"").raw(breaking > 0 ? " class=\"FAILED\"" : "").raw(">")
                .text(Format.count(breaking, "client-breaking answer")).raw("</a></span>");
        h.raw("<span class=\"item\"><a href=\"#sdk-findings\">").text(Format.count(s.specDeviations().size(), "spec deviation"))
                .raw("</a></span></p>\n");
    }

    static void summary(Html h, SdkSummary s) {
        if (s.isEmpty()) return;
        h.raw("<h2 id=\"sdk-findings\">Official SDKs</h2>\n");
        h.el("p", "muted", "Each answer is handed again to the SDKs' own clients; what they parse or raise is shown "
                + "beside the checks and weighs in no outcome.").raw("\n");
        h.raw("<table class=\"figures\">\n<tr><th>SDK</th><th>version</th><th>parsed</th><th>raised</th><th>n/a</th>"
                + "<th>unavailable</th></tr>\n");
        s.bySdk().forEach((sdk, c) -> h.raw("<tr>").el("td", null, sdk).el("td", null, c.version() == null ? "—" : c.version())
                .el("td", null, c.parsed()).el("td", null, c.raised()).el("td", null, c.notApplicable())
                .el("td", null, c.unavailable()).raw("</tr>\n"));
        h.raw("</table>\n");
        findings(h, "Spec deviations: a check fails, every SDK parses", s.specDeviations());
        findings(h, "Client-breaking: a whole 2xx answer an SDK raises on", s.clientBreaking());
    }

    private static void findings(Html h, String title, List<SdkSummary.Finding> list) {
        h.el("p", null, title + ": " + list.size()).raw("\n");
        if (list.isEmpty()) return;
        h.raw("<ul>\n");
        for (SdkSummary.Finding f : list) {
            h.raw("<li><code>").text(f.scenario()).raw("</code> ").text(f.step()).raw(" — ")
                    .el("span", "muted", f.sdks()).raw("</li>\n");
        }
        h.raw("</ul>\n");
    }

    /** Under a step's heading: {@code SDKs: openai-java parsed (7 chunks) · openai-node raised TypeError (…)}. */
    static void stepLine(Html h, StepReport s) {
        if (s.sdks().isEmpty()) return;
        String finding = s.sdkFinding() == null ? "" : " — " + s.sdkFinding();
        h.el("p", "muted", "SDKs: " + SdkSummary.line(s.sdks()) + finding).raw("\n");
    }

    /**
     * The table cell: "parsed" when every SDK parsed every step (or "n/a" when none could be asked), else each step's
     * SDKs in a word each, named by step when there are several.
     */
    static void cell(Html h, OutcomeReport o) {
        List<SdkReport> all = o.steps().stream().flatMap(s -> s.sdks().stream()).toList();
        boolean quiet = o.steps().stream().allMatch(s -> s.sdkFinding() == null);
        if (quiet && !all.isEmpty() && all.stream().allMatch(v -> v.outcome().equals(all.get(0).outcome()))
                && List.of("PARSED", "NOT_APPLICABLE").contains(all.get(0).outcome())) {
            h.el("td", "muted nowrap", all.get(0).outcome().equals("PARSED") ? "all parsed" : "n/a");
            return;
        }
        StringBuilder text = new StringBuilder();
        for (StepReport s : o.steps()) {
            if (s.sdks().isEmpty()) continue;
            if (text.length() > 0) text.append("; ");
            if (o.steps().size() > 1) text.append(s.name()).append(": ");
            text.append(words(s.sdks()));
            if (s.sdkFinding() != null) text.append(" — ").append(s.sdkFinding());
        }
        h.el("td", clientBreaking(o) ? "FAILED" : "muted", text.toString());
    }

    /** A step SDKs and checks disagree on is worth the colour. */
    private static boolean clientBreaking(OutcomeReport o) {
        return o.steps().stream().anyMatch(s -> "client-breaking".equals(s.sdkFinding()));
    }

    private static String words(List<SdkReport> sdks) {
        StringBuilder b = new StringBuilder();
        for (SdkReport v : sdks) {
            if (b.length() > 0) b.append(", ");
            b.append(v.sdk().replace("openai-", "")).append(' ').append(switch (v.outcome()) {
                case "PARSED" -> "parsed";
                case "RAISED" -> v.raised();
                case "NOT_APPLICABLE" -> "n/a";
                default -> "unavailable";
            });
        }
        return b.toString();
    }
}
