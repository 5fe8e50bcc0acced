package dev.cutover.oracle;

import dev.cutover.wire.Observation;
import dev.cutover.wire.SseEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Recorded answers of the Responses and Messages APIs, as the APIs' references show them, for the oracles to
 * judge: a good one of each, and the pieces the tests break.
 */
final class ClientApiAnswers {
    static final String RESPONSE = """
            {"id":"resp_1","object":"response","created_at":1700000000,"status":"completed","error":null,
             "incomplete_details":null,"instructions":null,"max_output_tokens":null,"model":"gpt-4o-mini",
             "output":[{"type":"message","id":"msg_1","status":"completed","role":"assistant",
                        "content":[{"type":"output_text","text":"Paris.","annotations":[]}]}],
             "parallel_tool_calls":true,"previous_response_id":null,"reasoning":{"effort":null,"summary":null},
             "store":true,"temperature":1.0,"text":{"format":{"type":"text"}},"tool_choice":"auto","tools":[],
             "top_p":1.0,"truncation":"disabled","metadata":{},
             "usage":{"input_tokens":5,"input_tokens_details":{"cached_tokens":0,"cache_write_tokens":0},"output_tokens":2,
                      "output_tokens_details":{"reasoning_tokens":0},"total_tokens":7}}""";
    static final String RESPONSES_RATE_LIMIT = """
            {"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}""";

    static final String MESSAGE = """
            {"id":"msg_1","type":"message","role":"assistant","model":"claude-haiku-4-5",
             "content":[{"type":"text","text":"Paris."}],"stop_reason":"end_turn","stop_sequence":null,
             "usage":{"input_tokens":5,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":2}}""";
    static final String OVERLOADED = """
            {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""";

    private ClientApiAnswers() {}

    static Observation responses(int status, String body) {
        return Answers.answer("/v1/responses", "{\"model\":\"gpt-4o-mini\"}", status, "application/json", body, List.of(), null);
    }

    static Observation messages(int status, String body) {
        return Answers.answer("/v1/messages", "{\"model\":\"claude-haiku-4-5\",\"max_tokens\":64}", status,
                "application/json", body, List.of(), null);
    }

    /** The events of a good Responses stream, each {@code {event name, data}}; its last is response.completed. */
    static List<String[]> responseEvents() {
        String item = "\"item_id\":\"msg_1\",\"output_index\":0";
        String inProgress = RESPONSE.replace("\"status\":\"completed\",\"error\"", "\"status\":\"in_progress\",\"error\"")
                .replaceAll("(?s)\"output\":\\[.*?\\]}]}\\],", "\"output\":[],");
        return numbered(List.of(
                new String[] {"response.created", "{\"type\":\"response.created\",\"response\":" + inProgress + "}"},
                new String[] {"response.output_item.added", "{\"type\":\"response.output_item.added\",\"output_index\":0,"
                        + "\"item\":{\"type\":\"message\",\"id\":\"msg_1\",\"status\":\"in_progress\",\"role\":\"assistant\",\"content\":[]}}"},
                new String[] {"response.content_part.added", "{\"type\":\"response.content_part.added\"," + item
                        + ",\"content_index\":0,\"part\":{\"type\":\"output_text\",\"text\":\"\",\"annotations\":[]}}"},
                new String[] {"response.output_text.delta", "{\"type\":\"response.output_text.delta\"," + item
                        + ",\"content_index\":0,\"delta\":\"Paris.\",\"logprobs\":[]}"},
                new String[] {"response.output_text.done", "{\"type\":\"response.output_text.done\"," + item
                        + ",\"content_index\":0,\"text\":\"Paris.\",\"logprobs\":[]}"},
                new String[] {"response.content_part.done", "{\"type\":\"response.content_part.done\"," + item
                        + ",\"content_index\":0,\"part\":{\"type\":\"output_text\",\"text\":\"Paris.\",\"annotations\":[]}}"},
                new String[] {"response.output_item.done", "{\"type\":\"response.output_item.done\",\"output_index\":0,"
                        + "\"item\":{\"type\":\"message\",\"id\":\"msg_1\",\"status\":\"completed\",\"role\":\"assistant\","
                        + "\"content\":[{\"type\":\"output_text\",\"text\":\"Paris.\",\"annotations\":[]}]}}"},
                new String[] {"response.completed", "{\"type\":\"response.completed\",\"response\":" + RESPONSE + "}"}));
    }

    /** The events of a good Messages stream, ping included; its last is message_stop. */
    static List<String[]> messageEvents() {
        String started = MESSAGE.replace("[{\"type\":\"text\",\"text\":\"Paris.\"}]", "[]").replace("\"end_turn\"", "null");
        return List.of(
                new String[] {"message_start", "{\"type\":\"message_start\",\"message\":" + started + "}"},
                new String[] {"content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"},
                new String[] {"ping", "{\"type\":\"ping\"}"},
                new String[] {"content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Paris.\"}}"},
                new String[] {"content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"},
                new String[] {"message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":2}}"},
                new String[] {"message_stop", "{\"type\":\"message_stop\"}"});
    }

    /** A 200 stream of these named events ({@code event:} and {@code data:} lines), ended cleanly. */
    static Observation stream(String path, List<String[]> events) {
        List<SseEvent> parsed = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            String[] e = events.get(i);
            String data = e[1].replace("\n", "");
            parsed.add(new SseEvent(e[0], data, 10.0 * (i + 1)));
            raw.append("event: ").append(e[0]).append("\ndata: ").append(data).append("\n\n");
        }
        return Answers.answer(path, "{\"model\":\"m\",\"max_tokens\":64,\"stream\":true}", 200, "text/event-stream",
                raw.toString(), parsed, null);
    }

    /** The list without its last event: a stream that ends cleanly but early, its terminal event never sent. */
    static List<String[]> withoutLast(List<String[]> events) {
        return events.subList(0, events.size() - 1);
    }

    /** Each Responses event numbered, as the API numbers them. */
    private static List<String[]> numbered(List<String[]> events) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String[] e = events.get(i);
            out.add(new String[] {e[0], e[1].substring(0, e[1].length() - 1) + ",\"sequence_number\":" + i + "}"});
        }
        return out;
    }
}
