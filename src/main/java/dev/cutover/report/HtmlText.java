package dev.cutover.report;

/** Text made safe for HTML: every report (runs, comparisons, load) escapes through this one place. */
public final class HtmlText {
    private HtmlText() {}

    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                // Other C0 controls are not allowed in HTML text; they carry nothing a reader could see.
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') b.append(c);
                }
            }
        }
        return b.toString();
    }
}
