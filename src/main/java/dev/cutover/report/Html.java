package dev.cutover.report;

/** Appends HTML with every piece of text escaped; markup goes in only through {@link #raw}. */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    static String escape(String s) {
        return HtmlText.escape(s);
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
