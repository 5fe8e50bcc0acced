package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutover.wire.Json;
import dev.cutover.wire.SseRelay;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a defect does to the events of one stream. One instance per stream, because
 * {@link Defect#BREAK_SSE_FRAME} counts data events. Lines carry their own terminators so that
 * untouched events go out byte for byte as they came.
 */
final class SseFaults implements SseRelay.Editor {
    private final Defect defect;
    private int dataEvents;

    SseFaults(Defect defect) {
        this.defect = defect;
    }

    @Override
    public byte[] edit(SseRelay.Event event) {
        String data = event.data();
        if (data == null) return event.raw();
        dataEvents++;
        return switch (defect) {
            case DROP_DONE -> data.equals("[DONE]") ? new byte[0] : event.raw();
            case DROP_USAGE_CHUNK -> hasEmptyChoices(data) ? new byte[0] : event.raw();
            case BREAK_SSE_FRAME -> dataEvents == 2 ? join(split(lines(event))) : event.raw();
            case REWRITE_FINISH_REASON -> join(lines(event).stream().map(ResponseFaults::rewriteFinishReason).toList());
            default -> event.raw();
        };
    }

    /** The event's lines, each with its own terminator, so that an untouched line goes out byte for byte. */
    private static List<String> lines(SseRelay.Event event) {
        return event.lines().stream().map(l -> new String(l.raw(), StandardCharsets.UTF_8)).toList();
    }

    private static byte[] join(List<String> lines) {
        return String.join("", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean hasEmptyChoices(String data) {
        try {
            JsonNode choices = Json.MAPPER.readTree(data).path("choices");
            return choices.isArray() && choices.isEmpty();
        } catch (Exception notJson) {
            return false;
        }
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
