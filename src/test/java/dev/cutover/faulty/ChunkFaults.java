package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Defects that rewrite the JSON of stream chunks with what the stream showed before: the chunk's number, the tool calls
 * announced earlier. One instance per stream, beside {@link SseFaults}; each edit works in place and says whether it
 * changed the chunk, so an untouched chunk goes on byte for byte.
 */
final class ChunkFaults {
    private final Defect defect;
    private int chunks;
    /** Per choice and tool-call index: the first delta of that call (id, type, name), as the stream announced it. */
    private final Map<String, ObjectNode> announced = new HashMap<>();

    ChunkFaults(Defect defect) {
        this.defect = defect;
    }

    boolean edit(ObjectNode chunk) {
        chunks++;
        return switch (defect) {
            case CHUNK_IDS_VARY -> {
                if (!chunk.path("id").isTextual()) yield false;
                chunk.put("id", chunk.get("id").textValue() + "-" + chunks);
                yield true;
            }
            case CREATED_VARIES_MID_STREAM -> {
                if (!chunk.path("created").canConvertToLong()) yield false;
                chunk.put("created", chunk.get("created").asLong() + chunks - 1);
                yield chunks > 1;
            }
            case REPEAT_TOOL_CALL_FIELDS -> eachToolDelta(chunk, (first, delta) -> {
                if (first == delta) return false;
                delta.set("id", first.get("id"));
                delta.set("type", first.get("type"));
                ((ObjectNode) delta.with("function")).set("name", first.path("function").get("name"));
                return true;
            });
            case NULL_TOOL_DELTA_FIELDS -> eachToolDelta(chunk, (first, delta) -> {
                if (first == delta) return false;
                delta.putNull("id");
                delta.putNull("type");
                delta.with("function").putNull("name");
                return true;
            });
            case USAGE_CHUNK_WITH_CHOICE -> {
                if (!SseFaults.isUsageChunk(chunk)) yield false;
                ObjectNode placeholder = chunk.withArray("choices").addObject();
                placeholder.put("index", 0);
                placeholder.putObject("delta");
                placeholder.putNull("finish_reason");
                yield true;
            }
            default -> false;
        };
    }

    private interface ToolEdit {
        boolean edit(ObjectNode first, ObjectNode delta);
    }

    /** Each tool-call delta with the delta that opened its call (itself when it is the opening one: it has an id). */
    private boolean eachToolDelta(ObjectNode chunk, ToolEdit edit) {
        boolean changed = false;
        for (JsonNode c : chunk.path("choices")) {
            for (JsonNode t : c.path("delta").path("tool_calls")) {
                if (!t.isObject()) continue;
                String key = c.path("index").asInt(0) + "/" + t.path("index").asInt(0);
                if (t.path("id").isTextual() && !announced.containsKey(key)) announced.put(key, ((ObjectNode) t).deepCopy());
                ObjectNode first = announced.get(key);
                if (first == null) continue;
                changed |= edit.edit(t.path("id").isTextual() ? (ObjectNode) t : first, (ObjectNode) t);
            }
        }
        return changed;
    }
}
