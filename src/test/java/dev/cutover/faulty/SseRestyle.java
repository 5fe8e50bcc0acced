package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.SseRelay;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Harmless} change does to the events of one stream: the same events, framed or cut otherwise. Events
 * whose data is no JSON object ({@code [DONE]}) keep their payload and change only their framing.
 */
final class SseRestyle implements SseRelay.Editor {
    private final Harmless change;
    private int id;

    SseRestyle(Harmless change) {
        this.change = change;
    }

    @Override
    public byte[] edit(SseRelay.Event event) {
        String data = event.data();
        if (data == null) return event.raw();
        Optional<JsonNode> parsed = Json.parse(data);
        List<String> payloads;
        if (parsed.isEmpty() || !parsed.get().isObject()) payloads = List.of(data);
        else if (change == Harmless.SPLIT_CHUNKS) payloads = split((ObjectNode) parsed.get()).stream().map(JsonNode::toString).toList();
        else if (Restyle.rewritesJson(change)) payloads = List.of(Restyle.json(change, parsed.get()));
        else return framingOnly() ? frame(List.of(data)) : event.raw();
        return frame(payloads);
    }

    private boolean framingOnly() {
        return change == Harmless.CRLF_LINES || change == Harmless.DATA_WITHOUT_SPACE || change == Harmless.EVENT_IDS
                || change == Harmless.SSE_COMMENTS;
    }

    /** Each payload as one event; a payload of several lines as several data lines of that event. */
    private byte[] frame(List<String> payloads) {
        String eol = change == Harmless.CRLF_LINES ? "\r\n" : "\n";
        String prefix = change == Harmless.DATA_WITHOUT_SPACE ? "data:" : "data: ";
        StringBuilder out = new StringBuilder();
        for (String payload : payloads) {
            if (change == Harmless.SSE_COMMENTS) out.append(": keepalive").append(eol).append(eol);
            if (change == Harmless.EVENT_IDS) out.append("id: ").append(++id).append(eol);
            for (String line : payload.split("\n", -1)) out.append(prefix).append(line).append(eol);
            out.append(eol);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A chunk with one choice whose delta has two or more characters of content, as two chunks: the first half with
     * the chunk's log probabilities, the second without (the entries stay in order, and content assembles the same).
     */
    private static List<JsonNode> split(ObjectNode chunk) {
        JsonNode choices = chunk.path("choices");
        String text = choices.size() == 1 ? choices.get(0).path("delta").path("content").asText("") : "";
        if (text.codePointCount(0, text.length()) < 2) return List.of(chunk);
        int cut = text.offsetByCodePoints(0, text.codePointCount(0, text.length()) / 2);
        ObjectNode first = chunk.deepCopy();
        ObjectNode second = chunk.deepCopy();
        ((ObjectNode) first.get("choices").get(0).get("delta")).put("content", text.substring(0, cut));
        ((ObjectNode) first.get("choices").get(0)).putNull("finish_reason"); // the choice finishes with its second half
        ObjectNode rest = (ObjectNode) second.get("choices").get(0);
        ((ObjectNode) rest.get("delta")).put("content", text.substring(cut));
        ((ObjectNode) rest.get("delta")).remove("role");
        if (rest.has("logprobs")) rest.putNull("logprobs");
        return List.of(first, second);
    }
}
