package dev.cutover.report;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes junit.xml through the JDK's {@link XMLStreamWriter}, which escapes markup; this class adds what it leaves to
 * the caller. XML 1.0 cannot hold most control characters (and lone surrogates) at all, escaped or not, and a gateway's
 * error text may carry any of them: each is replaced by U+FFFD, so the file always parses and shows that something
 * was there. In attribute values a line break or tab would reach a reader as a space anyway (attribute-value
 * normalisation), so messages are written on one line, explicitly; element text keeps its lines. Two spaces of
 * indentation per level, as CI servers' own files have.
 */
final class JunitXml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    JunitXml() {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <name a="v" …>} on a line of its own, at this depth; attributes as name, value pairs (null values left out). */
    JunitXml open(int depth, String name, String... attributes) {
        return run(() -> {
            indent(depth);
            xml.writeStartElement(name);
            attributes(attributes);
        });
    }

    /** {@code <name a="v" …/>} on a line of its own. */
    JunitXml empty(int depth, String name, String... attributes) {
        return run(() -> {
            indent(depth);
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    /** {@code <name a="v" …>text</name>} on a line of its own. */
    JunitXml leaf(int depth, String name, String text, String... attributes) {
        return run(() -> {
            indent(depth);
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
        });
    }

    /** Closes the element {@link #open} started at this depth, on a line of its own. */
    JunitXml close(int depth) {
        return run(() -> {
            indent(depth);
            xml.writeEndElement();
        });
    }

    /** The document, ending with a newline. */
    String finish() {
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        });
        return out.toString();
    }

    /** Text fit for XML 1.0: every character it cannot hold (most C0 controls, lone surrogates, U+FFFE/F) as U+FFFD. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            b.appendCodePoint(legal(cp) ? cp : 0xFFFD);
        }
        return b.toString();
    }

    /** An attribute value: {@link #clean}, on one line. */
    static String oneLine(String s) {
        return clean(s).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private void attributes(String[] pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) xml.writeAttribute(pairs[i], oneLine(pairs[i + 1]));
        }
    }

    private void indent(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private interface Step {
        void write() throws XMLStreamException;
    }

    /** Writing into a StringWriter cannot fail for I/O; a StAX error here is a bug in the caller's nesting. */
    private JunitXml run(Step step) {
        try {
            step.write();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("junit.xml: " + e.getMessage(), e);
        }
    }
}
