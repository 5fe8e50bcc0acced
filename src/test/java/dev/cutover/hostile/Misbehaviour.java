package dev.cutover.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/** Plays one {@link Mode} on one connection, then gives up after {@link HostileServer#GIVE_UP_MS} at most. */
final class Misbehaviour {
    private static final String SSE_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
    private static final String CHUNKED_JSON_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    private static final int HUGE = 64 << 20;

    private final Socket socket;
    private final OutputStream out;
    private final HostileServer.Request request;
    private final String elsewhere;
    private final String self;
    private final long until = System.currentTimeMillis() + HostileServer.GIVE_UP_MS;

    Misbehaviour(Socket socket, HostileServer.Request request, String elsewhere, String self) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.request = request;
        this.elsewhere = elsewhere;
        this.self = self;
    }

    void play(Mode mode) throws IOException, InterruptedException {
        switch (mode) {
            case RESET_BEFORE_HEADERS -> reset();
            case CLOSE_BEFORE_HEADERS -> socket.close();
            case SILENCE -> idle();
            case SLOW_HEADERS -> trickle("HTTP/1.1 200 OK\r\nX-Slow: " + "a".repeat(1000), 200);
            case STALL_AFTER_HEADERS -> {
                HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
                idle();
            }
            case STALL_MID_STREAM -> {
                HostileServer.write(out, SSE_HEAD + Replies.chunk(Replies.event("a")) + Replies.chunk(Replies.event("b")));
                idle();
            }
            case ENDLESS_FAST_STREAM -> {
                HostileServer.write(out, SSE_HEAD);
                String chunk = Replies.chunk(Replies.event("x".repeat(200)).repeat(50));
                while (alive()) HostileServer.write(out, chunk);
            }
            case ENDLESS_SLOW_STREAM -> {
                HostileServer.write(out, SSE_HEAD);
                while (alive()) {
                    HostileServer.write(out, Replies.chunk(Replies.event("tick")));
                    Thread.sleep(1000);
                }
            }
            case ENDLESS_CHUNKED_BODY -> {
                HostileServer.write(out, CHUNKED_JSON_HEAD + Replies.chunk("{\"a\":["));
                String chunk = Replies.chunk("1,".repeat(4000));
                while (alive()) HostileServer.write(out, chunk);
            }
            case HUGE_BODY -> {
                HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + (HUGE + 2) + "\r\n\r\n\"");
                byte[] block = "y".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < HUGE / block.length; i++) out.write(block);
                HostileServer.write(out, "\"");
            }
            case HUGE_CHUNKED_BODY -> {
                HostileServer.write(out, CHUNKED_JSON_HEAD);
                String chunk = Replies.chunk("z".repeat(1 << 16));
                for (int i = 0; i < HUGE / (1 << 16); i++) out.write(chunk.getBytes(StandardCharsets.US_ASCII));
                HostileServer.write(out, "0\r\n\r\n");
            }
            case HUGE_SSE_LINE -> {
                HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\ndata: ");
                byte[] block = "w".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < HUGE / block.length; i++) out.write(block);
                HostileServer.write(out, "\n\n");
            }
            case GARBAGE -> {
                byte[] junk = new byte[4096];
                new Random(7).nextBytes(junk);
                out.write(junk);
                out.flush();
            }
            case BAD_STATUS_LINE -> HostileServer.write(out, "HTTP/1.1 OK FINE\r\nContent-Length: 2\r\n\r\n{}");
            case BAD_GZIP -> {
                HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                        + "Content-Length: 16\r\n\r\nthis is not gzip");
                idle();
            }
            case BAD_CHUNK_SIZE -> HostileServer.write(out, CHUNKED_JSON_HEAD + "zz\r\n{}\r\n0\r\n\r\n");
            case SHORT_BODY -> HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"id\":\"x\",");
            case TRICKLED_BODY -> {
                String body = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\"," + "\"pad\":\"" + "p".repeat(2000) + "\"}";
                HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                        + "\r\n\r\n");
                trickle(body, 100);
            }
            case REDIRECT_ELSEWHERE -> redirect(302, elsewhere + "/v1/chat/completions");
            case REDIRECT_307_ELSEWHERE -> redirect(307, elsewhere + "/v1/chat/completions");
            case REDIRECT_303_ELSEWHERE -> redirect(303, elsewhere + "/v1/chat/completions");
            case REDIRECT_LOOP -> redirect(302, self + "/v1/chat/completions");
            case ENDLESS_100_CONTINUE -> {
                while (alive()) {
                    HostileServer.write(out, "HTTP/1.1 100 Continue\r\n\r\n");
                    Thread.sleep(5);
                }
            }
            case HUGE_HEADER -> HostileServer.write(out, "HTTP/1.1 200 OK\r\nX-Huge: " + "h".repeat(1 << 20)
                    + "\r\nContent-Length: 2\r\n\r\n{}");
            case MANY_HEADERS -> {
                StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\n");
                for (int i = 0; i < 20_000; i++) head.append("X-H").append(i).append(": v\r\n");
                HostileServer.write(out, head.append("Content-Length: 2\r\n\r\n{}").toString());
            }
            case RESET_MID_STREAM -> {
                HostileServer.write(out, SSE_HEAD + Replies.chunk(Replies.event("a")) + Replies.chunk(Replies.event("b")));
                Thread.sleep(50);
                reset();
            }
            case BAD_CONTENT_LENGTH -> HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n{}");
            case ECHO_KEY -> echoKey(false);
            case ECHO_KEY_STREAM -> echoKey(true);
            case GZIP_LABEL_ON_PLAIN_JSON -> labelled("gzip", Replies.COMPLETION.getBytes(StandardCharsets.UTF_8));
            case UNKNOWN_CODING -> labelled("br", Replies.COMPLETION.getBytes(StandardCharsets.UTF_8));
            case GZIP_BOMB -> labelled("gzip", Replies.bomb());
            case CHUNKED_AND_LENGTH -> HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n" + Replies.chunk(Replies.COMPLETION) + "0\r\n\r\n");
            case TWO_LENGTHS -> HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + Replies.COMPLETION.length() + "\r\nContent-Length: 3\r\n\r\n" + Replies.COMPLETION);
            case NEGATIVE_CHUNK_SIZE -> HostileServer.write(out, CHUNKED_JSON_HEAD + "-5\r\nhello\r\n0\r\n\r\n");
            case DEEP_CONTENT -> Replies.json(out, 200, Replies.COMPLETION.replace("\"Hi\"", "[".repeat(996) + "]".repeat(996)));
        }
    }

    private void labelled(String coding, byte[] body) throws IOException {
        HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: " + coding
                + "\r\nContent-Length: " + body.length + "\r\n\r\n");
        out.write(body);
        out.flush();
    }

    private boolean alive() {
        return System.currentTimeMillis() < until && !socket.isClosed();
    }

    private void idle() throws InterruptedException {
        while (alive()) Thread.sleep(100);
    }

    private void trickle(String text, long everyMs) throws IOException, InterruptedException {
        for (int i = 0; i < text.length() && alive(); i++) {
            out.write(text.charAt(i));
            out.flush();
            Thread.sleep(everyMs);
        }
    }

    private void reset() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    private void redirect(int status, String location) throws IOException {
        HostileServer.write(out, "HTTP/1.1 " + status + " Moved\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
    }

    /** Every form a leaked key takes in the wild: as sent, base64 (as in Basic auth), URL-encoded, JSON-escaped. */
    private void echoKey(boolean stream) throws IOException {
        String auth = request.headers().getOrDefault("authorization", "");
        String key = auth.startsWith("Bearer ") ? auth.substring(7) : auth;
        String b64 = Base64.getEncoder().encodeToString(("user:" + key).getBytes(StandardCharsets.UTF_8));
        String url = URLEncoder.encode("?k=" + key + "&x=1", StandardCharsets.UTF_8);
        StringBuilder escaped = new StringBuilder();
        for (char c : key.toCharArray()) escaped.append(String.format("\\u%04x", (int) c));
        String body = "{\"echo\":\"" + key + "\",\"basic\":\"" + b64 + "\",\"url\":\"" + url + "\",\"escaped\":\"" + escaped + "\"}";
        String headers = "X-Echo: " + key + "\r\nX-Basic: Basic " + b64 + "\r\nX-Url: " + url + "\r\n";
        if (!stream) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + headers + "Content-Length: "
                    + b.length + "\r\n\r\n" + body);
            return;
        }
        HostileServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n" + headers
                + "\r\n" + Replies.chunk("data: " + body + "\n\n") + Replies.chunk("data: [DONE]\n\n") + "0\r\n\r\n");
    }
}
