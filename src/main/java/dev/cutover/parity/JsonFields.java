package dev.cutover.parity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A JSON document as flat field paths ({@code $.choices[0].message.content}) to normalised leaf values, so
 * that two documents compare field by field and every difference names its field. Strings keep their
 * quotes, so a number that became a string is a difference.
 */
final class JsonFields {
    /** Embedding vectors: beyond this many numbers an array is one value (length and rounded digest). */
    static final int LONG_NUMBER_ARRAY = 8;
    /** Keys whose text a real model writes anew on every call. */
    private static final Set<String> GENERATED_KEYS = Set.of("content", "text", "arguments", "refusal");
    /**
     * Beside its text, what a real model's answer varies in from call to call: how much it wrote (and so the total),
     * how long it reasoned, and its logprobs. A prompt's token count stays compared: it does not depend on the model.
     */
    private static final Set<String> GENERATED_AMOUNTS = Set.of("completion_tokens", "total_tokens", "reasoning_tokens",
            "token", "bytes", "logprob");
    /** A real model stops by itself or at the token limit as it happens; any other finish reason is compared. */
    private static final Set<String> NATURAL_ENDS = Set.of("stop", "length");

    private JsonFields() {}

    /** The parsed object or array, or null when the text is not JSON (plain-text errors, empty bodies). */
    static JsonNode parse(String text) {
        if (text == null) return null;
        String t = text.strip();
        if (!(t.startsWith("{") || t.startsWith("["))) return null;
        try {
            return Json.MAPPER.readTree(t);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Adds prefix + path → value for every leaf; {@code generatedText} hides model-written text. */
    static void flatten(JsonNode node, String prefix, boolean generatedText, Map<String, String> out) {
        walk(node, prefix + "$", null, generatedText, out);
    }

    private static void walk(JsonNode n, String path, String key, boolean generated, Map<String, String> out) {
        if (n.isObject()) {
            if (n.isEmpty()) out.put(path, "{}");
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), path + member(e.getKey()), e.getKey(), generated, out);
            }
        } else if (n.isArray()) {
            // A real model's logprobs are one per token it wrote: how many, and their bytes, vary with the text.
            if (generated && !n.isEmpty() && (path.endsWith(".logprobs.content") || path.endsWith(".logprobs.refusal"))) {
                out.put(path, Normalise.GENERATED_AMOUNT);
                return;
            }
            if (n.isEmpty()) out.put(path, "[]");
            else if (n.size() > LONG_NUMBER_ARRAY && allNumbers(n)) out.put(path, numbers(n, generated));
            else for (int i = 0; i < n.size(); i++) walk(n.get(i), path + "[" + i + "]", key, generated, out);
        } else {
            out.put(path, leaf(n, key, generated));
        }
    }

    /** A finish reason as compared: with a real model, stop and length are one value. */
    static String finishReason(String reason, boolean generated) {
        return generated && NATURAL_ENDS.contains(reason) ? Normalise.NATURAL_END : reason;
    }

    private static String leaf(JsonNode n, String key, boolean generated) {
        if (generated && key != null && GENERATED_AMOUNTS.contains(key) && !n.isNull()) return Normalise.GENERATED_AMOUNT;
        if (generated && "finish_reason".equals(key) && n.isTextual() && NATURAL_ENDS.contains(n.asText())) return Normalise.NATURAL_END;
        if (n.isTextual()) {
            if (generated && key != null && GENERATED_KEYS.contains(key) && !n.asText().isEmpty()) return Normalise.GENERATED;
            return '"' + Normalise.jsonString(key, n.asText()) + '"';
        }
        if (n.isNumber()) return Normalise.jsonNumber(key, n.asText());
        return n.asText();
    }

    static String member(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key : "['" + key.replace("'", "\\'") + "']";
    }

    private static boolean allNumbers(JsonNode n) {
        for (JsonNode x : n) if (!x.isNumber()) return false;
        return true;
    }

    /**
     * Length plus a digest of the values at six significant digits: a gateway that re-serialises floats
     * (0.1 → 0.10000000149) is the same vector; a real model's vectors vary, so only the length counts.
     */
    private static String numbers(JsonNode n, boolean generated) {
        if (generated) return "[" + n.size() + " numbers]";
        int h = 1;
        for (JsonNode x : n) h = 31 * h + new BigDecimal(x.asText()).round(new MathContext(6)).stripTrailingZeros().hashCode();
        return String.format(Locale.ROOT, "[%d numbers, digest %08x]", n.size(), h);
    }
}
