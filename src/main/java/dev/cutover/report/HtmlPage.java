package dev.cutover.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The frame every HTML report shares — run index.html, compare index.html, load.html, overhead index.html — so that
 * they look alike: one self-contained document with the one stylesheet ({@code report/report.css}) inline, and a
 * header of the same structure (the heading, then what was measured where and when as a definition list). Every
 * text passes through {@link HtmlText#escape}.
 */
public final class HtmlPage {
    private static final String CSS = loadCss();

    private HtmlPage() {}

    /** From the doctype to the opening body: the title and the stylesheet. */
    public static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + HtmlText.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n";
    }

    /** The report's header: its heading and, in order, each label with its value ("—" when there is none). */
    public static String header(String heading, Map<String, String> meta) {
        StringBuilder b = new StringBuilder("<header>\n<h1>").append(HtmlText.escape(heading)).append("</h1>\n<dl class=\"meta\">");
        meta.forEach((label, value) -> b.append("<dt>").append(HtmlText.escape(label)).append("</dt><dd>")
                .append(HtmlText.escape(value == null || value.isEmpty() ? "—" : value)).append("</dd>"));
        return b.append("</dl>\n</header>\n").toString();
    }

    /** Closes what {@link #head} opened. */
    public static String end() {
        return "</body>\n</html>\n";
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
