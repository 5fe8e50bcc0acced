package dev.cutover.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mock's stand-in for a tokenizer: one word (with the spaces after it) is one token. Good enough
 * for usage figures and stream chunking, and it keeps every split lossless.
 */
final class Words {
    private static final Pattern WORD = Pattern.compile("\\s*\\S+\\s*");

    private Words() {}

    static int count(String text) {
        return text == null ? 0 : pieces(text).size();
    }

    /** The words of {@code text}, each with its surrounding spaces, so that joining them gives back the text. */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int end = 0;
        while (m.find()) {
            out.add(m.group());
            end = m.end();
        }
        // Text of nothing but spaces has no word; keep it so the split still joins back to the text.
        if (end < text.length()) out.add(text.substring(end));
        return out;
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
