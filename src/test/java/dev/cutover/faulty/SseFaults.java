package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * What a defect does to the events of one stream. One instance per stream, because
 * {@link Defect#BREAK_SSE_FRAME} counts data events. Lines carry their own terminators so that
 * untouched events go out byte for byte as they came.
 */
final class SseFaults {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Defect defect;
    private int dataEvents;

    SseFaults(Defect defect) {
        this.defect = defect;
    }

    /** The lines to send for one upstream event (its closing blank line included); empty drops it. */
    List<String> apply(List<String> event) {
        String data = data(event);
        if (data == null) return event;
        dataEvents++;
        return switch (defect) {
            case DROP_DONE -> data.equals("[DONE]") ? List.of() : event;
            case DROP_USAGE_CHUNK -> hasEmptyChoices(data) ? List.of() : event;
            case BREAK_SSE_FRAME -> dataEvents == 2 ? split(event) : event;
            case REWRITE_FINISH_REASON -> event.stream().map(ResponseFaults::rewriteFinishReason).toList();
            default -> event;
        };
    }

    /** The event's data (data lines joined by newlines, as SSE clients do), or null if it has none. */
    static String data(List<String> event) {
        StringBuilder data = null;
        for (String line : event) {
            if (!line.startsWith("data:")) continue;
            String value = stripEol(line.substring(5));
            if (value.startsWith(" ")) value = value.substring(1);
            if (data == null) data = new StringBuilder(value);
            else data.append('\n').append(value);
        }
        return data == null ? null : data.toString();
    }

    private static boolean hasEmptyChoices(String data) {
        try {
            JsonNode choices = JSON.readTree(data).path("choices");
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
