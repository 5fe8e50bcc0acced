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

    /** Pretty-printed when the text is a JSON object or array, then masked again and truncated. */
    static String display(String body, Redactor redactor) {
        if (body == null || body.isEmpty()) return "";
        return truncate(redactor.mask(pretty(body)));
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
        if (text.length() <= LIMIT) return text;
        // Never cut a surrogate pair in half.
        int end = Character.isHighSurrogate(text.charAt(LIMIT - 1)) ? LIMIT - 1 : LIMIT;
        return text.substring(0, end) + String.format(Locale.ROOT,
                "%n… [truncated: %,d of %,d characters shown; the whole body is in report.json]", LIMIT, text.length());
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
