package dev.cutover.mock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a gateway's HTTP client relies on from the mock's transport, checked on a raw socket. */
class ConnectionTest extends OneMockPerClass {

    @Test
    void pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws IOException {
        mock.script("slow-first", TestClient.script("{\"delay_ms\":150,\"content\":\"slow-first\"}"));
        mock.script("fast-second", TestClient.script("{\"content\":\"fast-second\"}"));
        String first = post(TestClient.chat("slow-first", ""), "");
        String second = post(TestClient.chat("fast-second", ""), "");
        try (Socket s = socket()) {
            s.getOutputStream().write((first + second).getBytes(StandardCharsets.UTF_8));
            String both = readUntil(s, 2, "}]");
            int slow = both.indexOf("slow-first");
            assertTrue(both.startsWith("HTTP/1.1 200") && slow > 0 && both.indexOf("HTTP/1.1 200", slow) > slow
                    && both.indexOf("fast-second") > both.indexOf("HTTP/1.1 200", slow), both);
        }
    }

    @Test
    void connectionCloseIsHonouredAfterTheAnswer() throws IOException {
        try (Socket s = socket()) {
            s.getOutputStream().write(post(TestClient.chat("closing", ""), "connection: close\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            String all = readToEnd(s);
            assertTrue(all.startsWith("HTTP/1.1 200") && all.toLowerCase().contains("connection: close") && all.endsWith("}"), all);
        }
    }

    @Test
    void http10ClientsGetTheirAnswerAndAClose() throws IOException {
        String body = TestClient.chat("old-client", "");
        try (Socket s = socket()) {
            s.getOutputStream().write(("POST /v1/chat/completions HTTP/1.0\r\nauthorization: Bearer " + TestClient.KEY
                    + "\r\ncontent-type: application/json\r\ncontent-length: " + body.length() + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            String all = readToEnd(s);
            assertTrue(all.contains(" 200 ") && all.contains("Hello from the mock provider"), all);
        }
    }

    @Test
    void expectContinueIsAnsweredBeforeTheBodyIsSent() throws IOException {
        String body = TestClient.chat("expecting", "");
        try (Socket s = socket()) {
            s.getOutputStream().write(("POST /v1/chat/completions HTTP/1.1\r\nhost: mock\r\nauthorization: Bearer "
                    + TestClient.KEY + "\r\ncontent-type: application/json\r\nexpect: 100-continue\r\ncontent-length: "
                    + body.length() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            String interim = readUntil(s, 1, "\r\n\r\n");
            assertTrue(interim.startsWith("HTTP/1.1 100 Continue"), interim);
            s.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            String answer = readUntil(s, 1, "}]");
            assertTrue(answer.contains("HTTP/1.1 200") && answer.contains("Hello from the mock provider"), answer);
        }
    }

    @Test
    void anUnreadableRequestGetsA400AndAClose() throws IOException {
        try (Socket s = socket()) {
            s.getOutputStream().write("GET /v1/models?q=a b HTTP/1.1\r\nhost: mock\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            String all = readToEnd(s);
            assertTrue(all.startsWith("HTTP/1.1 400") && all.contains("unreadable HTTP request"), all);
        }
    }

    @Test
    void aRequestWithoutAPathIsAnsweredNotDropped() throws IOException {
        try (Socket s = socket()) {
            s.getOutputStream().write("OPTIONS * HTTP/1.1\r\nhost: mock\r\nconnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.UTF_8));
            String all = readToEnd(s);
            assertTrue(all.startsWith("HTTP/1.1 4"), all);
        }
    }

    @Test
    void closingTheMockDropsAStreamInFlightAtOnce() throws IOException {
        int ttftMs = 10_000;
        try (MockProvider own = MockProvider.start(MockOptions.defaults());
             Socket s = new Socket("127.0.0.1", own.port())) {
            own.script("long", TestClient.script("{\"ttft_ms\":" + ttftMs + "}"));
            s.setSoTimeout(ttftMs);
            long sent = System.nanoTime();
            s.getOutputStream().write(post(TestClient.chat("long", "\"stream\":true"), "").getBytes(StandardCharsets.UTF_8));
            String head = readUntil(s, 1, "\"role\"");
            assertTrue(head.contains("text/event-stream"), head);
            own.close();
            String rest = readToEnd(s);
            assertFalse(rest.contains("[DONE]"), rest);
            // Dropped, not played out: the connection ended before the stream's first token was even due. That
            // bound comes from the script; how fast a close is on a given machine is not this test's question.
            long ms = (System.nanoTime() - sent) / 1_000_000;
            assertTrue(ms < ttftMs, "the connection ended " + ms + " ms after the request, the first token was due at " + ttftMs);
        }
    }

    private static Socket socket() throws IOException {
        Socket s = new Socket("127.0.0.1", mock.port());
        s.setSoTimeout(5000);
        return s;
    }

    private static String post(String body, String extraHeaders) {
        return new String(TestClient.rawPost(body, extraHeaders), StandardCharsets.UTF_8);
    }

    /** Reads until {@code marker} has been seen {@code times} times (or the timeout, which fails the caller's check). */
    private static String readUntil(Socket s, int times, String marker) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        byte[] buf = new byte[8192];
        try {
            while (count(got.toString(StandardCharsets.UTF_8), marker) < times) {
                int n = in.read(buf);
                if (n < 0) break;
                got.write(buf, 0, n);
            }
        } catch (SocketTimeoutException timeout) {
            // what arrived so far is the answer
        }
        return got.toString(StandardCharsets.UTF_8);
    }

    /** Everything until the server closes the connection; a read timeout (the server kept it open) fails the test. */
    private static String readToEnd(Socket s) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        s.getInputStream().transferTo(got);
        return got.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String marker) {
        int n = 0;
        for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) n++;
        return n;
    }
}
