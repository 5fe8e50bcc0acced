package dev.cutover.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The frame every HTML report shares — run index.html, compare index.html, load.html, overhead index.html — so that
 * they look alike: one self-contained document with the one stylesheet ({@code report/report.css}) inline, a
 * header of the same structure (what kind of report, its subject, a badge for every side that is only a stand-in,
 * then what was measured where and when), and a hero: the verdict in large type with its counts as cards beside it.
 * Every text passes through {@link HtmlText#escape}.
 */
public final class HtmlPage {
    private static final String CSS = loadCss();

    private HtmlPage() {}

    /**
     * A side of a report that is cutover's imitation of a gateway, not the gateway itself.
     *
     * @param role     "target", "baseline", "candidate", "gateway"…
     * @param imitates the gateway's wire name (dial, litellm…)
     */
    public record StandIn(String role, String target, String imitates) {}

    /**
     * One count beside the verdict.
     *
     * @param tone good, bad, warn, info or plain (a colour; see report.css)
     * @param note a smaller line under the label, or null
     * @param href where the card leads ("#failures"), or null
     */
    public record Card(String value, String label, String note, String tone, String href) {
        public static Card of(Object value, String label, String tone) {
            return new Card(String.valueOf(value), label, null, tone, null);
        }

        public Card note(String text) {
            return new Card(value, label, text, tone, href);
        }

        public Card link(String anchor) {
            return new Card(value, label, note, tone, anchor);
        }
    }

    /** From the doctype to the opening body: the title and the stylesheet. */
    public static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + HtmlText.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n";
    }

    /** The report's header without a kind line or stand-ins: its heading and each label with its value. */
    public static String header(String heading, Map<String, String> meta) {
        return header(null, heading, List.of(), meta);
    }

    /**
     * The report's header: the kind of report ("cutover run"), its heading, a badge for each stand-in side, and, in
     * order, each label with its value ("—" when there is none).
     */
    public static String header(String kind, String heading, List<StandIn> standIns, Map<String, String> meta) {
        StringBuilder b = new StringBuilder("<header>\n");
        if (kind != null) b.append("<div class=\"kind\">").append(HtmlText.escape(kind)).append("</div>\n");
        b.append("<h1>").append(HtmlText.escape(heading)).append("</h1>\n");
        standIns.forEach(s -> b.append(standInBadge(s)));
        b.append("<dl class=\"meta\">");
        meta.forEach((label, value) -> b.append("<dt>").append(HtmlText.escape(label)).append("</dt><dd>")
                .append(HtmlText.escape(value == null || value.isEmpty() ? "—" : value)).append("</dd>"));
        return b.append("</dl>\n</header>\n").toString();
    }

    /** "stand-in for DIAL — documented behaviour, not the real gateway", and whose side it is. */
    public static String standInBadge(StandIn s) {
        return "<p class=\"badge standin\"><b>stand-in for " + HtmlText.escape(gatewayName(s.imitates())) + "</b>"
                + "<span>— documented behaviour, not the real gateway</span><span class=\"who\">"
                + HtmlText.escape(s.role() + " " + s.target()) + "</span></p>\n";
    }

    /** The verdict in large type with a line under it, and the cards beside it. */
    public static String hero(String verdict, String tone, String detail, List<Card> cards) {
        StringBuilder b = new StringBuilder("<section class=\"hero\" id=\"verdict\">\n<div class=\"verdict-box tone-")
                .append(tone(tone)).append("\"><div class=\"label\">").append(HtmlText.escape(verdict)).append("</div>");
        if (detail != null && !detail.isEmpty()) b.append("<div class=\"detail\">").append(HtmlText.escape(detail)).append("</div>");
        b.append("</div>\n<div class=\"cards\">");
        for (Card c : cards) {
            String tag = c.href() == null ? "div" : "a";
            b.append('<').append(tag).append(" class=\"card tone-").append(tone(c.tone())).append('"');
            if (c.href() != null) b.append(" href=\"").append(HtmlText.escape(c.href())).append('"');
            b.append("><b>").append(HtmlText.escape(c.value())).append("</b><span>").append(HtmlText.escape(c.label()))
                    .append("</span>");
            if (c.note() != null) b.append("<small>").append(HtmlText.escape(c.note())).append("</small>");
            b.append("</").append(tag).append('>');
        }
        return b.append("</div>\n</section>\n").toString();
    }

    /** A gateway's wire name as people write it: dial → DIAL, litellm → LiteLLM; others as they are. */
    public static String gatewayName(String wireName) {
        if (wireName == null) return "";
        return switch (wireName.toLowerCase(Locale.ROOT)) {
            case "dial" -> "DIAL";
            case "litellm" -> "LiteLLM";
            case "worldflow" -> "WorldFlow";
            case "portkey" -> "Portkey";
            case "openai" -> "OpenAI";
            case "deepseek" -> "DeepSeek";
            case "anthropic" -> "Anthropic";
            case "gemini" -> "Gemini";
            default -> wireName;
        };
    }

    /** Closes what {@link #head} opened. */
    public static String end() {
        return "</body>\n</html>\n";
    }

    /** Only the known tones reach the class attribute. */
    private static String tone(String tone) {
        return tone != null && List.of("good", "bad", "warn", "info", "plain").contains(tone) ? tone : "plain";
    }

    private static String loadCss() {
        try (InputStream in = HtmlPage.class.getResourceAsStream("/report/report.css")) {
            if (in == null) throw new IllegalStateException("report/report.css missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
