package dev.cutover.oracle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A loopback HTTP/1.1 server that answers every request with the {@link Replay} it was given: the observed
 * status, headers and body bytes, on a fresh connection each time ({@code Connection: close}). A whole answer
 * is framed by Content-Length; a broken one goes out chunked and the connection is closed before the last
 * chunk, so the client meets what it met on the observed connection: a body that ends too early.
 *
 * <p>A raw socket rather than the JDK's HttpServer because only a raw socket can break a body half way.
 * One daemon thread serves the connections one after another: its one client (the SDK oracle) asks one
 * question at a time.
 */
final class ReplayServer implements AutoCloseable {
    private static final int READ_TIMEOUT_MS = 10_000;
    private static final int MAX_REQUEST_BYTES = 1 << 20;

    private final ServerSocket socket;
    private volatile Replay current;

    ReplayServer() throws IOException {
        socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "cutover-sdk-replay");
        t.setDaemon(true);
        t.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    /** What the next requests are answered with; null answers 503 (the oracle asked nothing). */
    void serve(Replay replay) {
        current = replay;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket c = socket.accept()) {
                c.setSoTimeout(READ_TIMEOUT_MS);
                readRequest(c.getInputStream());
                answer(c, current);
            } catch (IOException e) {
                // a client that went away, or the server closing: the next connection is another question
            }
        }
    }

    /** Reads the request head and its Content-Length body, so the client never meets a reset while sending. */
    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) throw new SocketException("request ended early");
            head.write(b);
            if (head.size() > MAX_REQUEST_BYTES) throw new SocketException("request head too large");
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        long length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                length = Long.parseLong(line.substring(colon + 1).trim());
            }
        }
        if (length > MAX_REQUEST_BYTES) throw new SocketException("request body too large");
        in.readNBytes((int) length);
    }

    private static void answer(Socket c, Replay r) throws IOException {
        OutputStream out = c.getOutputStream();
        if (r == null) {
            out.write("HTTP/1.1 503 Nothing To Replay\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(r.status()).append(" Replayed\r\n");
        for (Map.Entry<String, String> h : r.headers()) {
            if (printable(h.getKey()) && printable(h.getValue())) head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        head.append("Connection: close\r\n");
        head.append(r.broken() ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n").append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        if (!r.broken()) {
            out.write(body);
        } else if (body.length > 0) {
            // One chunk with what arrived, and no last chunk: the body breaks off where the observed one did.
            out.write(Integer.toHexString(body.length).toLowerCase(Locale.ROOT).concat("\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.flush();
    }

    /** A header line the socket can carry: no line breaks or other controls (an observed header never has them). */
    private static boolean printable(String s) {
        return s.chars().noneMatch(ch -> ch < 0x20 && ch != '\t' || ch == 0x7f);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a listening socket fails only when it is closed already
        }
    }
}
