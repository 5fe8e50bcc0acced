package dev.cutover.mock;

import static dev.cutover.mock.TestClient.chat;
import static dev.cutover.mock.TestClient.data;
import static dev.cutover.mock.TestClient.json;
import static dev.cutover.mock.TestClient.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** Scripted errors and faults, each as a JDK HttpClient observes it. */
class FailureTest extends OneMockPerClass {
    static HttpResponse<String> chatReq(String key, String extra) {
        return client.post("/v1/chat/completions", chat(key, extra));
    }

    @Test
    void failTimesThenSuccessCountedPerKey() {
        mock.script("fail-2", script("{\"fail_times\":2}"));
        mock.script("fail-other", script("{\"fail_times\":2,\"error\":{\"status\":503}}"));
        ChatCompletionTest.assertError(chatReq("fail-2", ""), 500, null, null);
        assertEquals(503, chatReq("fail-other", "").statusCode());
        HttpResponse<String> second = chatReq("fail-2", "");
        assertEquals(500, second.statusCode());
        assertEquals("server_error", json(second.body()).at("/error/type").asText());
        assertEquals(200, chatReq("fail-2", "").statusCode());
        assertEquals(200, chatReq("fail-2", "").statusCode());
        assertEquals(503, chatReq("fail-other", "").statusCode());
        assertEquals(200, chatReq("fail-other", "").statusCode());
    }

    @Test
    void scriptedErrorWithHeadersEveryTime() {
        mock.script("rate-limited", script("""
                {"error":{"status":429,"type":"requests","code":"rate_limit_exceeded","message":"Slow down"},
                 "headers":{"Retry-After":"7","x-ratelimit-remaining-requests":"0"}}"""));
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = chatReq("rate-limited", "");
            ChatCompletionTest.assertError(r, 429, null, "rate_limit_exceeded");
            assertEquals("Slow down", json(r.body()).at("/error/message").asText());
            assertEquals("7", r.headers().firstValue("retry-after").orElseThrow());
            assertEquals("0", r.headers().firstValue("x-ratelimit-remaining-requests").orElseThrow());
        }
    }

    @Test
    void successHeadersPassToo() {
        mock.script("ok-headers", script("{\"headers\":{\"x-ratelimit-remaining-requests\":\"99\"}}"));
        assertEquals("99", chatReq("ok-headers", "").headers().firstValue("x-ratelimit-remaining-requests").orElseThrow());
    }

    @Test
    void resetBeforeHeadersIsAnIoError() {
        mock.script("reset-early", script("{\"fault\":\"reset_before_headers\"}"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> chatReq("reset-early", ""));
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void resetMidStreamTruncatesTheBody() throws Exception {
        mock.script("reset-mid", script("{\"content\":\"one two three four\",\"fault\":\"reset_mid_stream\"}"));
        // A line subscriber sees every line that arrived before the failure; an InputStream may not.
        List<String> lines = new CopyOnWriteArrayList<>();
        Flow.Subscriber<String> collector = new Flow.Subscriber<>() {
            public void onSubscribe(Flow.Subscription s) { s.request(Long.MAX_VALUE); }
            public void onNext(String line) { lines.add(line); }
            public void onError(Throwable t) {}
            public void onComplete() {}
        };
        assertThrows(IOException.class,
                () -> client.http.send(streamRequest("reset-mid"), HttpResponse.BodyHandlers.fromLineSubscriber(collector)));
        List<String> events = data(String.join("\n", lines));
        assertEquals(2, events.size(), lines.toString()); // the role chunk and one content chunk, then nothing
        assertFalse(lines.contains("data: [DONE]"));
        mock.script("reset-mid-json", script("{\"fault\":\"reset_mid_stream\"}"));
        assertThrows(UncheckedIOException.class, () -> chatReq("reset-mid-json", ""));
    }

    @Test
    void noDoneEndsCleanlyWithoutTheSentinel() {
        mock.script("no-done", script("{\"fault\":\"no_done\"}"));
        HttpResponse<String> r = chatReq("no-done", "\"stream\":true");
        List<String> events = data(r.body());
        assertFalse(events.contains("[DONE]"));
        assertEquals("stop", json(events.get(events.size() - 1)).at("/choices/0/finish_reason").asText());
    }

    @Test
    void malformedSseHasALineThatIsNoField() {
        mock.script("malformed", script("{\"fault\":\"malformed_sse\"}"));
        String body = chatReq("malformed", "\"stream\":true").body();
        assertTrue(body.lines().anyMatch(l -> l.startsWith("{\"partial\":")), body);
        assertTrue(body.endsWith("data: [DONE]\n\n"));
    }

    @Test
    void wrongContentTypeForStreamAndJson() {
        mock.script("wrong-type", script("{\"fault\":\"wrong_content_type\"}"));
        HttpResponse<String> stream = chatReq("wrong-type", "\"stream\":true");
        assertTrue(stream.headers().firstValue("content-type").orElseThrow().startsWith("text/plain"));
        assertTrue(stream.body().endsWith("data: [DONE]\n\n"));
        HttpResponse<String> plain = chatReq("wrong-type", "");
        assertTrue(plain.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
        assertEquals("chat.completion", json(plain.body()).get("object").asText());
    }

    @Test
    void emptyBodyAndRawBody() {
        mock.script("empty", script("{\"fault\":\"empty_body\"}"));
        HttpResponse<String> empty = chatReq("empty", "");
        assertEquals(200, empty.statusCode());
        assertEquals("", empty.body());
        mock.script("raw", script("{\"raw_body\":\"<html>bad gateway</html>\",\"error\":{\"status\":502}}"));
        HttpResponse<String> raw = chatReq("raw", "");
        assertEquals(502, raw.statusCode());
        assertEquals("<html>bad gateway</html>", raw.body());
    }

    @Test
    void delayHoldsTheHeaders() {
        mock.script("slow", script("{\"delay_ms\":120}"));
        long start = System.nanoTime();
        assertEquals(200, chatReq("slow", "").statusCode());
        assertTrue((System.nanoTime() - start) / 1e6 >= 120);
    }

    private static HttpRequest streamRequest(String key) {
        return client.request("/v1/chat/completions").header("authorization", "Bearer " + TestClient.KEY)
                .POST(HttpRequest.BodyPublishers.ofString(chat(key, "\"stream\":true"))).build();
    }
}
