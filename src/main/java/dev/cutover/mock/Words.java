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

    /** OpenAI's logprobs object for one choice or chunk: a token entry per word, no alternatives. */
    static ObjectNode logprobs(String text) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        ArrayNode content = node.putArray("content");
        int i = 0;
        for (String token : pieces(text)) {
            ObjectNode entry = content.addObject();
            entry.put("token", token);
            // Deterministic, negative, and varying a little so a client can tell entries apart.
            entry.put("logprob", -0.01 * (1 + (i++ % 7)));
            ArrayNode bytes = entry.putArray("bytes");
            for (byte b : token.getBytes(StandardCharsets.UTF_8)) bytes.add(b & 0xff);
            entry.putArray("top_logprobs");
        }
        node.putNull("refusal");
        return node;
    }
}
