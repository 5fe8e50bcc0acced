package dev.cutover.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.cutover.wire.Redactor;
import java.util.Locale;

/** Bodies as a person reads them: JSON pretty-printed, anything very long cut with a note. */
final class Bodies {
    /** Beyond this a body swamps the page; report.json keeps the whole body. */
    static final int LIMIT = 20_000;
    // Strict, so that a body with duplicate keys or trailing text is shown as sent rather than "fixed";
    // big decimals, so that numbers keep the digits the server wrote.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

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

    /** The raw text of a stream: each {@code data:} line holds its own JSON document. */
    private static String maskSseData(String stream, Redactor redactor) {
        String[] lines = stream.split("\n", -1);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("data:")) continue;
            String revealed = revealed(lines[i].substring(5), redactor);
            // Lines without a hidden secret stay exactly as received.
            if (revealed != null) {
                lines[i] = "data: " + revealed;
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : stream;
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
            return node == null ? body : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return body;
        }
    }

    /** The JSON object or array the text holds, or null when it holds anything else. */
    private static JsonNode parse(String text) {
        String t = text.strip();
        if (!(t.startsWith("{") || t.startsWith("["))) return null;
        try {
            return MAPPER.readTree(t);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
