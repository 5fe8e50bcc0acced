package dev.cutover.report;

/** Appends HTML with every piece of text escaped; markup goes in only through {@link #raw}. */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    static String escape(String s) {
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

    /** Anchors go by position in the run: scenario ids may repeat or differ only in punctuation. */
    static String anchor(int index) {
        return "outcome-" + index;
    }

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(Object value) {
        out.append(escape(value == null ? "" : String.valueOf(value)));
        return this;
    }

    /** {@code <tag class="cls">text</tag>}; cls may be null. */
    Html el(String tag, String cls, Object text) {
        out.append('<').append(tag);
        if (cls != null) out.append(" class=\"").append(escape(cls)).append('"');
        out.append('>');
        text(text);
        out.append("</").append(tag).append('>');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
