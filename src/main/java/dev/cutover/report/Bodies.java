package dev.cutover.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.Redactor;
import dev.cutover.wire.SseLines;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/** Bodies as a person reads them: JSON pretty-printed, anything very long cut with a note. */
final class Bodies {
    /** Beyond this a body swamps the page; report.json keeps the whole body. */
    static final int LIMIT = 20_000;

    private Bodies() {}

    /**
     * Past this a body is shown from its raw start: pretty-printing and masking megabytes only to show 20,000
     * characters cost hundreds of MB in a compare of many such answers.
     */
    static final int LARGE = 4 * LIMIT;
    /** What is masked beyond the cut, so that a secret (or its encoded form) straddling it is still found whole. */
    private static final int MARGIN = 64 << 10;

    /** Pretty-printed when the text is a JSON object or array, then masked again and truncated. */
    static String display(String body, Redactor redactor) {
        if (body == null || body.isEmpty()) return "";
        if (body.length() > LARGE) return shown(body, redactor);
        return truncate(redactor.mask(pretty(body)));
    }

    /** Masked and truncated; a large text is masked only as far as is shown, and a margin past it. */
    static String shown(String text, Redactor redactor) {
        if (text == null) return "";
        if (text.length() <= LARGE) return truncate(redactor.mask(text));
        String start = redactor.mask(cutAt(text, LIMIT + MARGIN));
        // A cut JSON text cannot be parsed to find a secret hidden by escapes (\u0073k-…, \/): its escapes are undone
        // instead, and if that reveals one, the unescaped start is shown, masked.
        String unescaped = unescape(start);
        String masked = redactor.mask(unescaped);
        return truncate(cutAt(masked.equals(unescaped) ? start : masked, LIMIT), text.length());
    }

    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})|\\\\/");

    private static String unescape(String text) {
        return ESCAPE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1) == null ? "/" : String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    /**
     * A body fit for any report. Literal secrets are masked; a JSON body is also checked once decoded,
     * because an escape such as {@code \u0073k-…} or {@code \/} hides a secret from a literal match.
     * Only then is the body replaced, by its masked compact re-serialisation: secrecy beats fidelity.
     */
    static String mask(String body, Redactor redactor) {
        if (body == null) return null;
        String masked = redactor.mask(body);
        String revealed = revealed(masked, redactor);
        if (revealed != null) return revealed;
        return masked.contains("data:") ? maskSseData(masked, redactor) : masked;
    }

    /** The masked re-serialisation when the text is JSON that hides a secret once decoded, else null. */
    private static String revealed(String text, Redactor redactor) {
        JsonNode node = parse(text);
        if (node == null) return null;
        String decoded = node.toString();
        String masked = redactor.mask(decoded);
        return masked.equals(decoded) ? null : masked;
    }

    /** The raw text of a stream: each {@code data:} line holds its own JSON document (lines cut as SSE cuts them). */
    private static String maskSseData(String stream, Redactor redactor) {
        byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(stream.length());
        boolean[] changed = {false};
        SseLines lines = new SseLines(Integer.MAX_VALUE);
        Consumer<SseLines.Line> each = line -> {
            String raw = new String(line.raw(), StandardCharsets.UTF_8);
            String text = line.lfAfterCr() ? "" : line.text();
            String revealed = text.startsWith("data:") ? revealed(text.substring(5), redactor) : null;
            // Lines without a hidden secret stay exactly as received.
            if (revealed == null) {
                out.append(raw);
            } else {
                out.append("data: ").append(revealed).append(raw.substring(text.length()));
                changed[0] = true;
            }
        };
        lines.feed(bytes, 0, bytes.length, each);
        SseLines.Line rest = lines.finish();
        if (rest != null) each.accept(rest);
        return changed[0] ? out.toString() : stream;
    }

    /** The first {@code limit} characters, never cutting a surrogate pair in half. */
    static String cutAt(String text, int limit) {
        if (text.length() <= limit) return text;
        return text.substring(0, Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit);
    }

    static String truncate(String text) {
        return truncate(text, text.length());
    }

    /** The first LIMIT characters of {@code text}, said to be cut from a whole of {@code whole} characters. */
    private static String truncate(String text, int whole) {
        if (whole <= LIMIT) return text;
        return cutAt(text, LIMIT) + String.format(Locale.ROOT,
                "%n… [truncated: %,d of %,d characters shown; the whole body is in report.json]", LIMIT, whole);
    }

    private static String pretty(String body) {
        JsonNode node = parse(body);
        try {
            return node == null ? body : Json.EXACT.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return body;
        }
    }

    /** The JSON object or array the text holds, or null when it holds anything else. */
    private static JsonNode parse(String text) {
        String t = text.strip();
        if (!(t.startsWith("{") || t.startsWith("["))) return null;
        try {
            return Json.EXACT.readTree(t);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
