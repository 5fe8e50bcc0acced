package dev.cutover.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Observation;
import dev.cutover.wire.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Content-Encoding and framing as the official SDKs' HTTP stacks take them. Before, cutover read the raw bytes: a
 * gateway answering in valid gzip or deflate failed "body is not JSON" where every SDK parses it, a stream in gzip
 * was "not a stream", plain JSON labelled gzip passed where every SDK raises, and a body framed both chunked and by
 * Content-Length (or by two lengths) was read by whichever the JDK picked, without a word.
 */
class ExchangeClientCodingTest {
    private static final String JSON = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\"}";
    private static final String SSE = "data: {\"a\":1}\n\ndata: [DONE]\n\n";

    @Test
    void gzipAndDeflateBodiesAreReadAsClientsReadThem() throws Exception {
        Observation gzip = exchange(head("application/json", "gzip", gzip(JSON).length), gzip(JSON), false);
        assertNull(gzip.transportError());
        assertEquals(JSON, gzip.body());
        Observation deflate = exchange(head("application/json", "deflate", deflate(JSON).length), deflate(JSON), false);
        assertNull(deflate.transportError());
        assertEquals(JSON, deflate.body());
        Observation stream = exchange(head("text/event-stream", "gzip", gzip(SSE).length), gzip(SSE), true);
        assertNull(stream.transportError());
        assertEquals(2, stream.events().size());
        assertTrue(stream.events().get(1).isDone());
    }

    @Test
    void anEmptyBodyLabelledGzipIsEmptyNotBroken() throws Exception {
        Observation o = exchange("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 0\r\n\r\n", new byte[0], false);
        assertNull(o.transportError());
        assertEquals("", o.body());
    }

    @Test
    void aLyingOrUnknownCodingAndABombAreBrokenAnswers() throws Exception {
        byte[] plain = JSON.getBytes(StandardCharsets.UTF_8);
        Observation lying = exchange(head("application/json", "gzip", plain.length), plain, false);
        assertEquals("body broken: Content-Encoding gzip, but the body does not decode as gzip: Not in GZIP format", lying.transportError());
        Observation brotli = exchange(head("application/json", "br", plain.length), plain, false);
        assertTrue(brotli.transportError().contains("Content-Encoding 'br', which the client did not ask for"), brotli.transportError());
        byte[] bomb = gzipOfLetters(300 << 20);
        Observation bombed = exchange(head("application/json", "gzip", bomb.length), bomb, false);
        assertTrue(bombed.transportError().contains("a compression bomb"), bombed.transportError());
        assertTrue(bombed.body().length() <= ExchangeClient.DEFAULT_CAPTURE_BYTES);
    }

    @Test
    void ambiguousFramingIsABrokenAnswer() throws Exception {
        byte[] plain = JSON.getBytes(StandardCharsets.UTF_8);
        String chunk = Integer.toHexString(plain.length) + "\r\n" + JSON + "\r\n0\r\n\r\n";
        Observation both = exchange("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n", chunk.getBytes(StandardCharsets.UTF_8), false);
        assertTrue(both.transportError().startsWith("both Transfer-Encoding (chunked) and Content-Length (5)"), both.transportError());
        Observation two = exchange("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + plain.length
                + "\r\nContent-Length: 3\r\n\r\n", plain, false);
        assertTrue(two.transportError().startsWith("Content-Length given 2 different values"), two.transportError());
    }

    private static String head(String type, String coding, int length) {
        return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Encoding: " + coding + "\r\nContent-Length: " + length
                + "\r\n\r\n";
    }

    /** One exchange with a one-shot loopback server that writes {@code head} and {@code body}, then closes. */
    private static Observation exchange(String head, byte[] body, boolean stream) throws Exception {
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread t = new Thread(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    ByteArrayOutputStream seen = new ByteArrayOutputStream();
                    while (!seen.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n{}")) {
                        int b = in.read();
                        if (b < 0) return;
                        seen.write(b);
                    }
                    OutputStream out = s.getOutputStream();
                    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                } catch (IOException gone) {
                    // the client gave up first
                }
            }, "one-answer");
            t.setDaemon(true);
            t.start();
            HttpCall call = new HttpCall("POST", "http://127.0.0.1:" + server.getLocalPort() + "/v1/chat/completions",
                    Map.of("Content-Type", "application/json"), "{}", 20_000, stream);
            return new ExchangeClient().send(call, Redactor.none());
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    /** gzip of that many times one letter, without holding them: a few hundred KiB. */
    private static byte[] gzipOfLetters(int count) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] block = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            for (int i = 0; i < count / block.length; i++) z.write(block);
        }
        return b.toByteArray();
    }

    private static byte[] deflate(String text) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(b)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }
}
