package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.SseRelay;
import dev.cutover.wire.Tokens;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a defect does to the events of one stream. One instance per stream, because several defects keep state
 * (the second data event, the first token, a held finish chunk). Lines carry their own terminators so that
 * untouched events go out byte for byte as they came; an edited chunk goes out as one {@code data:} line.
 */
final class SseFaults implements SseRelay.Editor {
    private static final byte[] KEEPALIVE = "data: : keepalive\n\n".getBytes(StandardCharsets.UTF_8);
    static final long HOLD_MS = 50;

    private final Defect defect;
    private int dataEvents;
    private boolean tokenSeen;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private final ChunkFaults chunks;

    SseFaults(Defect defect) {
        this.defect = defect;
        this.chunks = new ChunkFaults(defect);
    }

    @Override
    public byte[] edit(SseRelay.Event event) {
        String data = event.data();
        if (data == null) return event.raw();
        dataEvents++;
        byte[] raw = event.raw();
        if (data.equals("[DONE]")) {
            return switch (defect) {
                case DROP_DONE -> new byte[0];
                case DOUBLE_DONE -> concat(raw, raw);
                case USAGE_BEFORE_FINISH -> concat(release(), raw);
                default -> raw;
            };
        }
        Optional<JsonNode> parsed = Json.parse(data);
        if (parsed.isEmpty() || !parsed.get().isObject()) return raw;
        ObjectNode chunk = (ObjectNode) parsed.get();
        boolean firstToken = !tokenSeen && Tokens.carriesToken(chunk);
        tokenSeen |= firstToken;
        return switch (defect) {
            case DROP_USAGE_CHUNK -> isUsageChunk(chunk) ? new byte[0] : raw;
            case BREAK_SSE_FRAME -> dataEvents == 2 ? join(split(lines(event))) : raw;
            case REWRITE_FINISH_REASON -> join(lines(event).stream().map(ResponseFaults::rewriteFinishReason).toList());
            case NON_JSON_KEEPALIVE -> dataEvents == 2 ? concat(KEEPALIVE, raw) : raw;
            case DUPLICATE_FIRST_CHUNK -> firstToken ? concat(raw, raw) : raw;
            case HOLD_FIRST_TOKEN -> firstToken ? held(raw) : raw;
            case DROP_ROLE_CHUNK -> isRoleOnly(chunk) ? new byte[0] : raw;
            case TRUNCATE_TOOL_ARGUMENTS -> closesToolArguments(chunk) ? new byte[0] : raw;
            case USAGE_BEFORE_FINISH -> reorder(chunk, raw);
            case DUPLICATE_USAGE_CHUNK -> isUsageChunk(chunk) ? concat(raw, raw) : raw;
            case COLLAPSE_CHOICES -> {
                boolean hadChoices = chunk.path("choices").size() > 0;
                if (!AnswerEdits.edit(defect, chunk)) yield raw;
                yield hadChoices && chunk.path("choices").isEmpty() ? new byte[0] : event(chunk);
            }
            default -> chunks.edit(chunk) || AnswerEdits.edit(defect, chunk) ? event(chunk) : raw;
        };
    }

    static byte[] event(JsonNode chunk) {
        return ("data: " + chunk + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    static boolean isUsageChunk(JsonNode chunk) {
        return chunk.path("choices").isArray() && chunk.path("choices").isEmpty();
    }

    private static boolean isRoleOnly(JsonNode chunk) {
        for (JsonNode c : chunk.path("choices")) if (c.path("delta").has("role")) return !Tokens.carriesToken(chunk);
        return false;
    }

    /** A delta holding only a fragment of arguments that ends a JSON object: the last fragment of its call. */
    private static boolean closesToolArguments(JsonNode chunk) {
        for (JsonNode c : chunk.path("choices")) {
            for (JsonNode t : c.path("delta").path("tool_calls")) {
                if (!t.has("id") && t.path("function").path("arguments").asText("").endsWith("}")) return true;
            }
        }
        return false;
    }

    /** Finish chunks wait for the usage chunk and go out after it (or before [DONE] when none comes). */
    private byte[] reorder(JsonNode chunk, byte[] raw) {
        for (JsonNode c : chunk.path("choices")) {
            if (c.hasNonNull("finish_reason")) {
                held.writeBytes(raw);
                return new byte[0];
            }
        }
        return isUsageChunk(chunk) ? concat(raw, release()) : raw;
    }

    private byte[] release() {
        byte[] out = held.toByteArray();
        held.reset();
        return out;
    }

    private static byte[] held(byte[] raw) {
        try {
            Thread.sleep(HOLD_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return raw;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The event's lines, each with its own terminator, so that an untouched line goes out byte for byte. */
    private static List<String> lines(SseRelay.Event event) {
        return event.lines().stream().map(l -> new String(l.raw(), StandardCharsets.UTF_8)).toList();
    }

    private static byte[] join(List<String> lines) {
        return String.join("", lines).getBytes(StandardCharsets.UTF_8);
    }

    // Splits the first data line after the first colon of its payload, reusing the line's own terminator.
    private static List<String> split(List<String> event) {
        List<String> out = new ArrayList<>(event.size() + 1);
        boolean done = false;
        for (String line : event) {
            if (done || !line.startsWith("data:")) {
                out.add(line);
                continue;
            }
            String body = stripEol(line);
            String eol = line.substring(body.length());
            int payloadStart = body.startsWith("data: ") ? 6 : 5;
            int colon = body.indexOf(':', payloadStart);
            int cut = colon >= 0 && colon + 1 < body.length() ? colon + 1 : payloadStart + (body.length() - payloadStart) / 2;
            if (cut <= payloadStart || cut >= body.length()) {
                out.add(line); // too short to split into two non-empty halves
                continue;
            }
            out.add(body.substring(0, cut) + (eol.isEmpty() ? "\n" : eol));
            out.add(body.substring(cut) + eol);
            done = true;
        }
        return out;
    }

    static String stripEol(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) end--;
        return line.substring(0, end);
    }
}
