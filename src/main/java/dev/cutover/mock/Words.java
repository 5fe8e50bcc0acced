package dev.cutover.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The mock's stand-in for a tokenizer: one word (with the spaces after it) is one token. Good enough
 * for usage figures and stream chunking, and it keeps every split lossless.
 */
final class Words {
    private Words() {}

    /** How many pieces {@link #pieces} gives, without making them: the mock counts usage on every answer. */
    static int count(String text) {
        if (text == null || text.isEmpty()) return 0;
        int words = 0;
        for (int i = 0; i < text.length(); ) {
            while (i < text.length() && space(text.charAt(i))) i++;
            if (i < text.length()) words++;
            while (i < text.length() && !space(text.charAt(i))) i++;
        }
        return Math.max(1, words);
    }

    /**
     * The words of {@code text}, each with the spaces after it (the first also with those before), so that joining
     * them gives back the text; text of nothing but spaces is one piece.
     */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && space(text.charAt(i))) i++;
            if (i == text.length()) break;
            while (i < text.length() && !space(text.charAt(i))) i++;
            while (i < text.length() && space(text.charAt(i))) i++;
            out.add(text.substring(start, i));
            start = i;
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    /** A space as regular expressions' {@code \s} means it: ASCII blanks and line breaks, nothing else. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Groups of {@code perChunk} words; joining them gives back the text exactly. */
    static List<String> chunks(String text, int perChunk) {
        List<String> words = pieces(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i += perChunk) {
            out.add(String.join("", words.subList(i, Math.min(words.size(), i + perChunk))));
        }
        return out;
    }

    /**
     * OpenAI's logprobs object for one choice or chunk: a token entry per word of the content and of the refusal
     * (a list stays null when its text is), each with {@code top} alternatives, the chosen token first.
     */
    static ObjectNode logprobs(String content, String refusal, int top) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        if (content == null) node.putNull("content");
        else node.set("content", entries(content, top));
        if (refusal == null) node.putNull("refusal");
        else node.set("refusal", entries(refusal, top));
        return node;
    }

    private static ArrayNode entries(String text, int top) {
        ArrayNode content = Json.MAPPER.createArrayNode();
        int i = 0;
        for (String token : pieces(text)) {
            // Deterministic, negative, and varying a little so a client can tell entries apart.
            double logprob = -0.01 * (1 + (i++ % 7));
            ObjectNode entry = entry(content.addObject(), token, logprob);
            ArrayNode alternatives = entry.putArray("top_logprobs");
            for (int k = 0; k < top; k++) {
                // The chosen token is the likeliest; each alternative is less likely than the one before.
                entry(alternatives.addObject(), k == 0 ? token : "alt" + k, logprob - k);
            }
        }
        return content;
    }

    private static ObjectNode entry(ObjectNode entry, String token, double logprob) {
        entry.put("token", token);
        entry.put("logprob", logprob);
        ArrayNode bytes = entry.putArray("bytes");
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) bytes.add(b & 0xff);
        return entry;
    }
}
