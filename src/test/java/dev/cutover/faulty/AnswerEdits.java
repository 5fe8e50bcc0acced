package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a defect does to the fields of an answer: the same edit applies to a whole completion (each choice's
 * {@code message}) and to a stream chunk (each choice's {@code delta}), as gateways that rebuild answers do it on
 * both paths. Each edit works in place and says whether it changed anything, so an untouched answer goes on byte
 * for byte.
 */
final class AnswerEdits {
    private AnswerEdits() {}

    static boolean edit(Defect defect, ObjectNode answer) {
        return switch (defect) {
            case CONTENT_FILTER_AS_STOP -> eachChoice(answer, c -> {
                if (!"content_filter".equals(c.path("finish_reason").asText())) return false;
                c.put("finish_reason", "stop");
                return true;
            });
            case DROP_REFUSAL -> eachMessage(answer, m -> m.remove("refusal") != null);
            case DROP_REASONING -> eachMessage(answer, m -> m.remove("reasoning_content") != null);
            case DROP_LOGPROBS -> eachChoice(answer, c -> {
                if (!c.path("logprobs").isObject()) return false;
                c.putNull("logprobs");
                return true;
            });
            case COLLAPSE_CHOICES -> removeChoices(answer, c -> c.path("index").asInt(0) > 0);
            case RECOUNT_USAGE -> recount(answer);
            case DROP_TOOL_CALL_ID -> eachToolCall(answer, t -> t.remove("id") != null);
            case COLLAPSE_TOOL_INDEX -> eachToolCall(answer, t -> {
                if (!t.has("index") || t.get("index").asInt() == 0) return false;
                t.put("index", 0);
                return true;
            });
            case CREATED_IN_MILLISECONDS -> {
                if (!answer.path("created").canConvertToLong()) yield false;
                answer.put("created", answer.get("created").asLong() * 1000);
                yield true;
            }
            case TOOL_ARGUMENTS_AS_OBJECT -> eachChoice(answer, c -> {
                boolean changed = false;
                for (JsonNode t : c.path("message").path("tool_calls")) {
                    JsonNode args = t.path("function").path("arguments");
                    Optional<JsonNode> parsed = args.isTextual() ? Json.parse(args.textValue()) : Optional.empty();
                    if (parsed.isEmpty()) continue;
                    ((ObjectNode) t.get("function")).set("arguments", parsed.get());
                    changed = true;
                }
                return changed;
            });
            case EMBEDDING_INDEX_ZERO -> {
                boolean changed = false;
                for (JsonNode d : answer.path("data")) {
                    if (!d.isObject() || !d.has("embedding") || d.path("index").asInt() == 0) continue;
                    ((ObjectNode) d).put("index", 0);
                    changed = true;
                }
                yield changed;
            }
            case BASE64_AS_FLOATS -> {
                boolean changed = false;
                for (JsonNode d : answer.path("data")) {
                    if (!d.isObject() || !d.path("embedding").isTextual()) continue;
                    java.nio.FloatBuffer floats = java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(d.get("embedding").textValue()))
                            .order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
                    ArrayNode list = ((ObjectNode) d).putArray("embedding");
                    while (floats.hasRemaining()) list.add(floats.get());
                    changed = true;
                }
                yield changed;
            }
            default -> false;
        };
    }

    private static boolean eachChoice(ObjectNode answer, Predicate<ObjectNode> edit) {
        boolean changed = false;
        for (JsonNode c : answer.path("choices")) if (c.isObject()) changed |= edit.test((ObjectNode) c);
        return changed;
    }

    /** The message of a whole answer's choices, the delta of a chunk's. */
    private static boolean eachMessage(ObjectNode answer, Predicate<ObjectNode> edit) {
        return eachChoice(answer, c -> {
            boolean changed = false;
            for (String part : List.of("message", "delta")) if (c.path(part).isObject()) changed |= edit.test((ObjectNode) c.get(part));
            return changed;
        });
    }

    private static boolean eachToolCall(ObjectNode answer, Predicate<ObjectNode> edit) {
        return eachMessage(answer, m -> {
            boolean changed = false;
            for (JsonNode t : m.path("tool_calls")) if (t.isObject()) changed |= edit.test((ObjectNode) t);
            return changed;
        });
    }

    private static boolean removeChoices(ObjectNode answer, Predicate<JsonNode> drop) {
        if (!answer.path("choices").isArray()) return false;
        boolean changed = false;
        for (Iterator<JsonNode> it = ((ArrayNode) answer.get("choices")).elements(); it.hasNext(); ) {
            if (drop.test(it.next())) {
                it.remove();
                changed = true;
            }
        }
        return changed;
    }

    private static boolean recount(ObjectNode answer) {
        if (!answer.path("usage").isObject()) return false;
        ObjectNode usage = (ObjectNode) answer.get("usage");
        usage.put("completion_tokens", usage.path("completion_tokens").asInt() + 1);
        usage.put("total_tokens", usage.path("total_tokens").asInt() + 1);
        return true;
    }
}
