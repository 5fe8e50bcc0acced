package dev.cutover.overhead;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A stand-in gateway that adds a known delay: it reads each whole request, waits exactly {@code delay}
 * from the moment the last byte arrived, then forwards it to the upstream on a connection of its own.
 * Answers are piped back byte for byte as they come (so a stream stays a stream). Kept as lean as a
 * proxy can be — raw sockets, one thread per direction — so that what it costs beyond the delay is the same
 * with and without a delay: the overhead proofs ({@code OverheadIT} in milliseconds, {@code cutover bench overhead}
 * in microseconds) compare a delaying proxy with the same proxy at delay 0.
 */
public final class DelayProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int upstreamPort;
    private final long delayNanos;

    private DelayProxy(int upstreamPort, long delayNanos) throws IOException {
        this.upstreamPort = upstreamPort;
        this.delayNanos = delayNanos;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("delay-proxy-accept", this::accept).start();
    }

    public static DelayProxy start(int upstreamPort, double delayMs) throws IOException {
        return new DelayProxy(upstreamPort, Math.round(delayMs * 1_000_000));
    }

    public int port() {
        return server.getLocalPort();
    }

    /**
     * Writes a target profile for this proxy as a gateway in front of the mock ({@code dir/name.yaml}): what the
     * overhead probe opens a session on.
     */
    public Path writeProfile(Path dir, String name) throws IOException {
        return writeProfile(dir, name, "generic", "http://127.0.0.1:" + port());
    }

    /** A chat-and-streaming target profile over the mock: {@code gateway} at {@code root} ({@code …/v1} below it). */
    public static Path writeProfile(Path dir, String name, String gateway, String root) throws IOException {
        Path profile = dir.resolve(name + ".yaml");
        Files.writeString(profile, """
                name: %s
                gateway: %s
                baseUrl: %s/v1
                api: openai
                auth: {header: Authorization, scheme: Bearer, key: "${env:CUTOVER_MOCK_KEY:-sk-cutover-mock}"}
                models: {chat: gpt-4o-mini}
                upstream: mock
                features: [chat, streaming]
                """.formatted(name, gateway, root));
        return profile;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                daemon("delay-proxy-conn", () -> serve(client)).start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; Socket upstream = new Socket()) {
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort));
            InputStream fromUpstream = upstream.getInputStream();
            OutputStream toClient = client.getOutputStream();
            Thread back = daemon("delay-proxy-back", () -> pipe(fromUpstream, toClient));
            back.start();
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream toUpstream = upstream.getOutputStream();
            for (byte[] request = readRequest(in); request != null; request = readRequest(in)) {
                waitUntil(System.nanoTime() + delayNanos);
                toUpstream.write(request);
                toUpstream.flush();
            }
        } catch (IOException ignored) {
            // the client or upstream went away; the connection ends
        }
    }

    /** One request with a Content-Length body (what the probe sends), or null at a clean end of input. */
    private static byte[] readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) return null;
                throw new EOFException("request head cut short");
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        int length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) throw new EOFException("request body cut short");
        head.write(body);
        return head.toByteArray();
    }

    private static void pipe(InputStream in, OutputStream out) {
        byte[] buf = new byte[16 * 1024];
        try {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) out.write(buf, 0, n);
        } catch (IOException ignored) {
            // one side closed; the other follows when its socket closes
        }
    }

    /**
     * Spins for the whole delay. Parking overshoots by tens of microseconds, and (measured) parking until
     * 0.2 ms before the deadline still added ≈0.14 ms on this 2-core machine: an idle core wakes slowly.
     */
    private static void waitUntil(long deadline) {
        while (System.nanoTime() < deadline) Thread.onSpinWait();
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
