package dev.cutover.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A gateway that misbehaves on purpose, on a raw socket so that nothing between it and the client tidies
 * what it sends. A request without an {@code x-hostile-mode} header (the preflight's model listing) gets
 * a plain, correct answer; with one, the {@link Mode} it names. Every misbehaviour stops by itself after
 * {@link #GIVE_UP_MS} at most, so a broken client cannot keep the machine busy. Loopback only.
 */
final class HostileServer implements AutoCloseable {
    static final long GIVE_UP_MS = 60_000;
    static final String MODE_HEADER = "x-hostile-mode";

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private final String elsewhere;
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());

    private final Mode always;

    /** @param elsewhere base URL of another server that redirects point to */
    HostileServer(String elsewhere) throws IOException {
        this(elsewhere, null);
    }

    /** @param always the mode for every request, the preflight's included; null: per request, by header */
    HostileServer(String elsewhere, Mode always) throws IOException {
        this.elsewhere = elsewhere;
        this.always = always;
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        threads.execute(this::accept);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** Request lines with their headers, as received (for the recorder role: nothing should reach it). */
    List<String> received() {
        return List.copyOf(received);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                threads.execute(() -> serve(s));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setTcpNoDelay(true);
            s.setSoTimeout((int) GIVE_UP_MS);
            while (true) {
                Request r = Request.read(s.getInputStream());
                if (r == null) return;
                received.add(r.line() + " " + r.headers());
                String mode = always != null ? always.name() : r.headers().get(MODE_HEADER);
                if (mode == null) {
                    Replies.ok(s.getOutputStream(), r);
                    continue;
                }
                new Misbehaviour(s, r, elsewhere, baseUrl()).play(Mode.valueOf(mode.toUpperCase(Locale.ROOT)));
                return;
            }
        } catch (IOException | InterruptedException | RuntimeException gone) {
            // the client gave up or the server closed: both are expected here
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }

    /** A request head and body as the server read them; header names in lower case. */
    record Request(String line, Map<String, String> headers, byte[] body) {
        static Request read(InputStream in) throws IOException {
            String line = readLine(in);
            if (line == null || line.isEmpty()) return null;
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h = readLine(in); h != null && !h.isEmpty(); h = readLine(in)) {
                int colon = h.indexOf(':');
                if (colon > 0) headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            return new Request(line, headers, in.readNBytes(length));
        }

        private static String readLine(InputStream in) throws IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (c == '\n') return b.toString();
                if (c != '\r') b.append((char) c);
                if (b.length() > 65_536) throw new SocketException("request line too long");
            }
            return b.length() == 0 ? null : b.toString();
        }
    }

    /** Writes and flushes at once, so every byte leaves when the mode says. */
    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
