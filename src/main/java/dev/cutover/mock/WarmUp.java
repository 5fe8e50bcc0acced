package dev.cutover.mock;

import dev.cutover.wire.Marker;
import dev.cutover.wire.ProviderScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves made-up requests over loopback sockets to a started mock before it says it listens: a fresh JVM otherwise
 * runs the serving path interpreted for its first seconds, at a tenth of its speed and less (measured with
 * {@code cutover bench mock}), which a short load run or a CI job would take for the mock's speed. Real sockets, not
 * an in-memory channel: warmed in memory, the handlers were compiled for heap buffers and thrown away at the first
 * real reads, and the connection's own path (epoll, buffers, the codec) compiled during the first seconds of real
 * traffic with a compiler thread taking most of a core (async-profiler); over sockets the first 10 s went from
 * 0.36 to 0.78 of the ceiling's steady rate. Most requests repeat one body and one in eight is new, so both the copy
 * of a kept answer and the full build of one ({@link AnswerMemo}) are compiled.
 */
public final class WarmUp {
    private static final String KEY = "cutover.warm-up";
    /** Client connections of the socket phase, each a thread waiting for one answer at a time. */
    private static final int SOCKET_CLIENTS = 4;

    /** How long a standalone mock warms up before it says it listens: 2 s left the first 10 s at 0.44 of the ceiling. */
    public static final Duration STANDALONE_LIMIT = Duration.ofSeconds(3);

    /** How much was served, and in what time. */
    public record Done(int requests, Duration took) {}

    private WarmUp() {}

    /**
     * Chat completions, whole and streamed, over loopback sockets to the started mock itself until {@code limit}, before
     * it says it listens. Its script and journal entries are forgotten after, and its timing account starts afresh.
     */
    public static Done overSockets(MockProvider mock, String apiKey, Duration limit) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        mock.script(KEY, ProviderScript.DEFAULT);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        try {
            InetSocketAddress at = loopback(mock);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < SOCKET_CLIENTS; c++) {
                Thread t = new Thread(() -> drive(at, apiKey, deadline, next, served), "cutover-warm-up-" + c);
                t.setDaemon(true);
                t.start();
                clients.add(t);
            }
            for (Thread t : clients) t.join(limit.toMillis() + 3000);
        } catch (IOException | InterruptedException | IllegalArgumentException notWarmed) {
            // A warm-up that cannot run costs only speed; an interrupt is kept for the caller.
            if (notWarmed instanceof InterruptedException) Thread.currentThread().interrupt();
        } finally {
            mock.forget(KEY);
            mock.lateness().takeMicros();
        }
        return new Done(served.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The mock's address, the loopback one when it listens on every interface. */
    private static InetSocketAddress loopback(MockProvider mock) throws IOException {
        URI base = URI.create(mock.baseUrl());
        InetAddress host = InetAddress.getByName(base.getHost().replace("[", "").replace("]", ""));
        return new InetSocketAddress(host.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : host, base.getPort());
    }

    /** One kept-alive connection, one request at a time, each answer read to its end. */
    private static void drive(InetSocketAddress at, String apiKey, long deadline, AtomicInteger next, AtomicInteger served) {
        byte[] whole = request(false, "", apiKey);
        byte[] stream = request(true, "", apiKey);
        byte[] buffer = new byte[16 * 1024];
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(at, 2000);
            socket.setSoTimeout(2000);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (System.nanoTime() < deadline) {
                int n = next.getAndIncrement();
                boolean fresh = n % 16 == 6 || n % 16 == 7;
                out.write(fresh ? request(n % 4 == 3, " " + n, apiKey) : n % 4 == 3 ? stream : whole);
                if (!readAnswer(in, buffer)) return;
                served.incrementAndGet();
            }
        } catch (IOException ended) {
            // This client's warm-up is over; what it served counts.
        }
    }

    /**
     * Reads one answer to its end. Only the mock's own framing needs reading here (a content-length body, or a chunked
     * one ending in its zero-size chunk), which keeps this package clear of the HTTP client package beside it.
     */
    private static boolean readAnswer(InputStream in, byte[] buffer) throws IOException {
        int have = 0;
        int body = -1;
        long length = -1;
        long past = 0;
        while (true) {
            int read = in.read(buffer, have, buffer.length - have);
            if (read < 0) return false;
            have += read;
            if (body < 0) {
                int end = indexOf(buffer, have, HEAD_END);
                if (end < 0) {
                    if (have == buffer.length) return false;
                    continue;
                }
                body = end + HEAD_END.length;
                length = contentLength(new String(buffer, 0, end, StandardCharsets.ISO_8859_1));
            }
            if (length >= 0 ? past + have - body >= length : endsWith(buffer, have, LAST_CHUNK)) return true;
            if (have == buffer.length) {
                // A full buffer: count a sized body's bytes and drop them; of a chunked one keep the tail its end may straddle.
                if (length >= 0) {
                    past += have - body;
                    have = 0;
                } else {
                    System.arraycopy(buffer, have - LAST_CHUNK.length, buffer, 0, LAST_CHUNK.length);
                    have = LAST_CHUNK.length;
                }
                body = 0;
            }
        }
    }

    private static final byte[] HEAD_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LAST_CHUNK = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** The content-length the head announces, or -1 (chunked). */
    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                return Long.parseLong(line.substring(colon + 1).trim());
            }
        }
        return -1;
    }

    private static int indexOf(byte[] hay, int length, byte[] needle) {
        for (int i = 0; i + needle.length <= length; i++) {
            if (endsWith(hay, i + needle.length, needle)) return i;
        }
        return -1;
    }

    private static boolean endsWith(byte[] hay, int length, byte[] needle) {
        if (length < needle.length) return false;
        for (int j = 0; j < needle.length; j++) if (hay[length - needle.length + j] != needle[j]) return false;
        return true;
    }

    private static byte[] request(boolean stream, String variant, String apiKey) {
        String body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello" + variant + " "
                + Marker.tag(KEY) + "\"}]" + (stream ? ",\"stream\":true" : "") + "}";
        String head = "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + apiKey + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n";
        return (head + body).getBytes(StandardCharsets.UTF_8);
    }
}
