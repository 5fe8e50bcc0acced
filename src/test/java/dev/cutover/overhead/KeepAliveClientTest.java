package dev.cutover.overhead;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The overhead probe's client against servers that never finish an answer. Each used to hold {@code cutover
 * overhead} far past its {@code --seconds}: a trickle (one byte at a time) never lets a read time out, and a
 * negative chunk size sent the response parser round in a loop at full CPU, for ever.
 */
class KeepAliveClientTest {
    /** Generous: the point is that it ends, not how fast (the client's own timeout is one second). */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final byte[] REQUEST = ("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void aTrickledAnswerEndsAtTheTimeout() throws Exception {
        try (Trickle server = new Trickle("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nX-Slow: " + "a".repeat(10_000))) {
            try (KeepAliveClient client = new KeepAliveClient(server.origin(), 1000)) {
                assertTimeoutPreemptively(BOUND, () -> assertThrows(IOException.class, () -> client.send(REQUEST)));
            }
        }
    }

    @Test
    void aNegativeChunkSizeIsAnErrorNotALoop() throws Exception {
        String answer = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n";
        try (Trickle server = new Trickle(answer, 0)) {
            try (KeepAliveClient client = new KeepAliveClient(server.origin(), 5000)) {
                assertTimeoutPreemptively(BOUND, () -> assertThrows(IOException.class, () -> client.send(REQUEST)));
            }
        }
    }

    /** One connection: reads the request, then writes the answer a byte every {@code everyMs}, stopping by itself. */
    private static final class Trickle implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket();
        private final Thread thread;

        Trickle(String answer) throws IOException {
            this(answer, 100);
        }

        Trickle(String answer, long everyMs) throws IOException {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            thread = new Thread(() -> serve(answer, everyMs), "trickle");
            thread.setDaemon(true);
            thread.start();
        }

        URI origin() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        private void serve(String answer, long everyMs) {
            long until = System.currentTimeMillis() + 60_000;
            try (Socket s = socket.accept()) {
                InputStream in = s.getInputStream();
                in.readNBytes(REQUEST.length);
                OutputStream out = s.getOutputStream();
                byte[] bytes = answer.getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < bytes.length && System.currentTimeMillis() < until; i++) {
                    out.write(bytes[i]);
                    out.flush();
                    if (everyMs > 0) Thread.sleep(everyMs);
                }
                while (System.currentTimeMillis() < until && s.getInputStream().read() >= 0) {
                    // keep the connection open until the client gives up
                }
            } catch (IOException | InterruptedException gone) {
                // the client gave up: expected
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            thread.interrupt();
        }
    }
}
