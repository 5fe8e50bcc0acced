package dev.cutover.mock;

import static dev.cutover.mock.TestClient.chat;
import static dev.cutover.mock.TestClient.data;
import static dev.cutover.mock.TestClient.json;
import static dev.cutover.mock.TestClient.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatStreamTest extends OneMockPerClass {
    @Test
    void streamWithUsageAssemblesToTheScriptedContent() {
        String content = "The quick  brown fox,\njumps over the lazy dog. ";
        mock.script("stream-usage", script("{\"content\":" + TestClient.JSON.valueToTree(content) + ",\"chunk_words\":2}"));
        HttpResponse<String> r = client.post("/v1/chat/completions",
                chat("stream-usage", "\"stream\":true,\"stream_options\":{\"include_usage\":true}"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("text/event-stream"));
        List<String> events = data(r.body());
        assertEquals("[DONE]", events.get(events.size() - 1));
        List<JsonNode> chunks = events.subList(0, events.size() - 1).stream().map(TestClient::json).toList();
        JsonNode first = chunks.get(0);
        assertEquals("assistant", first.at("/choices/0/delta/role").asText());
        assertEquals("", first.at("/choices/0/delta/content").asText());
        StringBuilder assembled = new StringBuilder();
        for (JsonNode c : chunks) {
            assertEquals("chat.completion.chunk", c.get("object").asText());
            assertEquals(first.get("id"), c.get("id"));
            assertEquals(first.get("created"), c.get("created"));
            assertEquals("gpt-4o-mini", c.get("model").asText());
            assertTrue(c.has("usage"));
            for (JsonNode choice : c.get("choices")) assembled.append(choice.at("/delta/content").asText(""));
        }
        assertEquals(content, assembled.toString());
        JsonNode finish = chunks.get(chunks.size() - 2);
        assertEquals("stop", finish.at("/choices/0/finish_reason").asText());
        assertTrue(finish.get("usage").isNull());
        JsonNode usage = chunks.get(chunks.size() - 1);
        assertEquals(0, usage.get("choices").size());
        assertEquals(9, usage.at("/usage/completion_tokens").asInt());
        assertEquals(8, chunks.size()); // role, 9 words in pairs (5 chunks), finish, usage
    }

    @Test
    void toolCallDeltasCarryIdAndNameFirstThenArgumentFragments() {
        String args = "{\"city\":\"Paris\",\"unit\":\"celsius\"}";
        mock.script("stream-tools", script("{\"tool_calls\":[{\"name\":\"get_weather\",\"arguments\":"
                + TestClient.JSON.valueToTree(args) + "},{\"name\":\"get_time\",\"arguments\":\"{}\"}]}"));
        List<String> events = data(client.post("/v1/chat/completions", chat("stream-tools", "\"stream\":true")).body());
        StringBuilder[] arguments = {new StringBuilder(), new StringBuilder()};
        String[] names = new String[2];
        String finish = null;
        for (String e : events.subList(0, events.size() - 1)) {
            JsonNode choice = json(e).at("/choices/0");
            if (!choice.at("/finish_reason").isNull()) finish = choice.get("finish_reason").asText();
            for (JsonNode call : choice.at("/delta/tool_calls")) {
                int index = call.get("index").asInt();
                if (call.has("id")) {
                    assertTrue(call.get("id").asText().startsWith("call_"));
                    assertEquals("function", call.get("type").asText());
                    assertEquals("", call.at("/function/arguments").asText());
                    names[index] = call.at("/function/name").asText();
                } else {
                    assertTrue(!call.has("type") && !call.at("/function").has("name"), e);
                }
                arguments[index].append(call.at("/function/arguments").asText());
            }
        }
        assertEquals("get_weather", names[0]);
        assertEquals("get_time", names[1]);
        assertEquals(args, arguments[0].toString());
        assertEquals("{}", arguments[1].toString());
        assertEquals("tool_calls", finish);
    }

    @Test
    void nChoicesStreamPerIndex() {
        mock.script("stream-n", script("{\"content\":\"one two three\"}"));
        List<String> events = data(client.post("/v1/chat/completions", chat("stream-n", "\"stream\":true,\"n\":2")).body());
        StringBuilder[] text = {new StringBuilder(), new StringBuilder()};
        int[] finishes = new int[2];
        for (String e : events.subList(0, events.size() - 1)) {
            JsonNode choice = json(e).at("/choices/0");
            int i = choice.get("index").asInt();
            text[i].append(choice.at("/delta/content").asText(""));
            if (!choice.get("finish_reason").isNull()) finishes[i]++;
        }
        assertEquals("one two three", text[0].toString());
        assertEquals("one two three", text[1].toString());
        assertEquals(1, finishes[0]);
        assertEquals(1, finishes[1]);
    }

    @Test
    void streamedLogprobsPerChunk() {
        mock.script("stream-logprobs", script("{\"content\":\"a b\",\"logprobs\":true}"));
        List<String> events = data(client.post("/v1/chat/completions", chat("stream-logprobs", "\"stream\":true")).body());
        JsonNode secondChunk = json(events.get(2)).at("/choices/0");
        assertEquals("b", secondChunk.at("/delta/content").asText());
        assertEquals("b", secondChunk.at("/logprobs/content/0/token").asText());
    }

    @Test
    void timedStreamKeepsTtftAndGaps() throws Exception {
        String timed = "{\"content\":\"a b c d\",\"ttft_ms\":150,\"gaps_ms\":[50,100]}";
        // The schedule, exactly, from the plan: TTFT to the first content, then the gaps; the last listed one repeats.
        List<Long> due = TestClient.streamPlan(timed).stream().filter(e -> hasContent(e.text())).map(StreamEvent::atMs).toList();
        assertEquals(List.of(150L, 200L, 300L, 400L), due);

        mock.script("stream-timed", script(timed));
        String body = chat("stream-timed", "\"stream\":true");
        // A bare socket: the JDK HttpClient hands bytes between threads, which adds jitter of its own.
        try (Socket socket = new Socket("127.0.0.1", mock.port())) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            // Timed from the write: the mock counts from the request's arrival, so nothing can come earlier than
            // planned; timing from the headers' arrival would shrink TTFT by however late they were read.
            long sentAt = System.nanoTime();
            socket.getOutputStream().write(TestClient.rawPost(body, "Connection: close\r\n"));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(in.readLine().startsWith("HTTP/1.1 200"));
            List<Double> contentAt = new ArrayList<>();
            for (String line = in.readLine(); line != null && contentAt.size() < due.size(); line = in.readLine()) {
                if (hasContent(line)) contentAt.add((System.nanoTime() - sentAt) / 1e6);
            }
            System.out.println("timed stream: content events at " + contentAt + " ms after the write, due at " + due);
            assertEquals(due.size(), contentAt.size());
            // Each event at or after its own due time, counted from the write. Deadlines are absolute, so this is
            // exact however late an earlier read was, and it is what spreads the events out: event k cannot come
            // before event k-1's due time plus its gap, so they cannot come all at once at TTFT. (Gaps between
            // two reads are not checked: after a late read the next gap looks short without anything being early.)
            // The upper bound only catches a schedule gone wrong altogether (held back, or counted in the wrong
            // unit): lateness is the machine's, and how small it stays is the benchmark's business
            // (docs/benchmark.md). Slack: the scripted span or 1 s, whichever is longer, far above the scheduling
            // stalls of a loaded 2-core machine.
            long slack = Math.max(due.get(due.size() - 1) - due.get(0), 1000);
            for (int k = 0; k < due.size(); k++) {
                double at = contentAt.get(k);
                assertTrue(at >= due.get(k), "content event " + k + " early: " + at + " ms, due at " + due.get(k) + " ms");
                assertTrue(at <= due.get(k) + slack, "content event " + k + " at " + at + " ms, due at " + due.get(k)
                        + " ms: more than " + slack + " ms late");
                if (k > 0) assertTrue(at > due.get(k - 1), "content event " + k + " with the one before it");
            }
        }
    }

    /** An SSE data line (or a planned event's text) whose chunk carries content. */
    private static boolean hasContent(String sse) {
        String line = sse.strip();
        return line.startsWith("data: {") && !json(line.substring(6)).at("/choices/0/delta/content").asText("").isEmpty();
    }

    /**
     * ChatStream writes the fields every chunk shares once and each chunk's choice after them: every chunk must be
     * exactly the compact JSON of its own tree (what writing the whole chunk as one tree gave), those fields first,
     * whatever the script (text, tools, logprobs, n, usage, stop and unicode in the text).
     */
    @Test
    void everyChunkIsTheCompactJsonOfItsOwnTree() {
        List<String> scripts = List.of("{\"content\":\"Grüße, \\\"quoted\\\" and\\nnew line 🙂\",\"chunk_words\":1}",
                "{\"tool_calls\":[{\"name\":\"f\",\"arguments\":\"{\\\"a\\\":1}\"},{\"name\":\"g\",\"arguments\":\"{}\"}]}",
                "{\"content\":\"one two three\",\"logprobs\":true,\"service_tier\":\"default\",\"system_fingerprint\":\"fp_x\"}");
        List<String> extras = List.of("\"stream\":true", "\"stream\":true,\"n\":2,\"stream_options\":{\"include_usage\":true}");
        int checked = 0;
        for (int k = 0; k < scripts.size(); k++) {
            for (String extra : extras) {
                String key = "stream-compact-" + k + "-" + extra.length();
                mock.script(key, script(scripts.get(k)));
                List<String> events = data(client.post("/v1/chat/completions", chat(key, extra)).body());
                for (String event : events.subList(0, events.size() - 1)) {
                    JsonNode tree = json(event);
                    assertEquals(tree.toString(), event, "not the compact JSON of its own tree");
                    List<String> names = new ArrayList<>();
                    tree.fieldNames().forEachRemaining(names::add);
                    assertEquals(List.of("id", "object", "created", "model"), names.subList(0, 4), event);
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "checked " + checked + " chunks");
    }
}
