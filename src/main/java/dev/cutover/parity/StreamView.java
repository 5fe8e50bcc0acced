package dev.cutover.parity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.SseEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** A stream as a client assembles it: content, tool-call arguments, finish reason, [DONE], chunk fields. */
record StreamView(boolean done, int dataEvents, String content, String toolArguments, String finishReason,
                  List<JsonNode> chunks) {

    /** Beyond this many distinct values a chunk field is summarised: it is per-chunk data, not a setting. */
    private static final int MAX_VALUES = 4;

    static StreamView of(List<SseEvent> events) {
        boolean done = false;
        int data = 0;
        StringBuilder content = null;
        StringBuilder args = null;
        String finish = null;
        List<JsonNode> chunks = new ArrayList<>();
        for (SseEvent e : events) {
            if (e.isDone()) {
                done = true;
                continue;
            }
            data++;
            JsonNode chunk = JsonFields.parse(e.data());
            if (chunk == null) continue;
            chunks.add(chunk);
            for (JsonNode choice : chunk.path("choices")) {
                JsonNode delta = choice.path("delta");
                if (delta.path("content").isTextual()) content = append(content, delta.path("content").asText());
                for (JsonNode call : delta.path("tool_calls")) {
                    JsonNode a = call.path("function").path("arguments");
                    if (a.isTextual()) args = append(args, a.asText());
                }
                if (choice.path("finish_reason").isTextual()) finish = choice.path("finish_reason").asText();
            }
        }
        return new StreamView(done, data, str(content), str(args), finish, List.copyOf(chunks));
    }

    /**
     * Each field path seen in any chunk → its distinct normalised values ("a | b"), or "<n values>" when a
     * field takes many (content deltas: the assembled content stands for them).
     */
    Map<String, String> chunkFields(boolean generated) {
        Map<String, TreeSet<String>> values = new TreeMap<>();
        for (JsonNode c : chunks) {
            Map<String, String> flat = new LinkedHashMap<>();
            JsonFields.flatten(c, "", generated, flat);
            flat.forEach((path, v) -> values.computeIfAbsent(path, k -> new TreeSet<>()).add(v));
        }
        Map<String, String> out = new TreeMap<>();
        values.forEach((path, set) -> out.put(path, isDelta(path) || set.size() > MAX_VALUES ? "<per-chunk values>" : String.join(" | ", set)));
        return out;
    }

    static String union(String a, String b) {
        TreeSet<String> s = new TreeSet<>(List.of(a.split(" \\| ")));
        s.addAll(List.of(b.split(" \\| ")));
        return String.join(" | ", s);
    }

    private static boolean isDelta(String path) {
        return path.endsWith(".delta.content") || path.endsWith(".function.arguments");
    }

    private static StringBuilder append(StringBuilder sb, String s) {
        return (sb == null ? new StringBuilder() : sb).append(s);
    }

    private static String str(StringBuilder sb) {
        return sb == null ? null : sb.toString();
    }
}
