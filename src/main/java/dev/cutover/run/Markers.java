package dev.cutover.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the exchange marker where gateways forward it untouched: the last user message of a chat (or Messages)
 * request, the last user item of a Responses request's input, or the (last) text input of an embeddings or
 * Responses request.
 */
final class Markers {
    private Markers() {}

    /**
     * The body with {@code words} filler words appended where the marker goes: a prompt past a context window, written
     * as a count instead of a megabyte of scenario. " a" is one token for OpenAI's tokenizers and one word for the mock.
     */
    static Map<String, Object> pad(Map<String, Object> body, int words) {
        return words <= 0 ? body : insert(body, " a".repeat(words).substring(1));
    }

    static Map<String, Object> insert(Map<String, Object> body, String tag) {
        Map<String, Object> out = new LinkedHashMap<>(body);
        if (out.get("messages") instanceof List<?> messages) {
            out.put("messages", markLastUser(messages, tag));
        } else if (out.get("input") instanceof String s) {
            out.put("input", s + " " + tag);
        } else if (out.get("input") instanceof List<?> inputs && !inputs.isEmpty() && inputs.get(inputs.size() - 1) instanceof Map<?, ?>) {
            out.put("input", markLastUser(inputs, tag)); // the Responses API's input items: {role, content}
        } else if (out.get("input") instanceof List<?> inputs && !inputs.isEmpty()
                && inputs.get(inputs.size() - 1) instanceof String last) {
            List<Object> copy = new ArrayList<>(inputs);
            copy.set(copy.size() - 1, last + " " + tag);
            out.put("input", copy);
        }
        return out;
    }

    private static List<Object> markLastUser(List<?> messages, String tag) {
        List<Object> copy = new ArrayList<>(messages);
        for (int i = copy.size() - 1; i >= 0; i--) {
            if (copy.get(i) instanceof Map<?, ?> m && "user".equals(m.get("role"))) {
                Map<String, Object> msg = new LinkedHashMap<>();
                m.forEach((k, v) -> msg.put(String.valueOf(k), v));
                Object content = msg.get("content");
                if (content instanceof String s) {
                    msg.put("content", s + " " + tag);
                } else if (content instanceof List<?> parts) {
                    List<Object> p = new ArrayList<>(parts);
                    p.add(Map.of("type", "text", "text", tag));
                    msg.put("content", p);
                }
                copy.set(i, msg);
                return copy;
            }
        }
        return copy;
    }
}
