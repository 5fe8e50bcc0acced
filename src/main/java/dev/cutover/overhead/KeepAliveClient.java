package dev.cutover.overhead;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 over one persistent socket, timed with {@link System#nanoTime()} around blocking reads and
 * writes. Overhead is a difference of a few hundred microseconds, so both sides of a pair must pay the
 * same client costs: no pool deciding per call whether to reuse, no executor hand-off, no compression
 * (no Accept-Encoding is sent). The connection is opened once and reused; if the server closed it while
 * idle, the request is sent again on a fresh one and the answer says so, because that time includes a
 * connect.
 *
 * <p>Not thread-safe: one client is one connection is one request at a time.
 */
public final class KeepAliveClient implements AutoCloseable {
    private final URI origin;
    private final int timeoutMs;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** @param origin {@code http://host:port} or {@code https://host:port}; a path is ignored */
    public KeepAliveClient(URI origin, int timeoutMs) {
        this.origin = origin;
        this.timeoutMs = timeoutMs;
    }

    /** Sends a complete request (head and body, as one write) and reads the whole answer. */
    public Answer send(byte[] request) throws IOException {
        boolean fresh = socket == null;
        if (fresh) connect();
        long start = System.nanoTime();
        try {
            out.write(request);
            out.flush();
            return read(start, fresh);
        } catch (StaleConnection stale) {
            if (fresh) throw new EOFException("connection closed before any response");
            close();
            connect();
            start = System.nanoTime();
            out.write(request);
            out.flush();
            return read(start, true);
        }
    }

    private Answer read(long start, boolean connected) throws IOException {
        String status = line(true);
        long headersNs;
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String h = line(false); !h.isEmpty(); h = line(false)) {
            int colon = h.indexOf(':');
            if (colon < 0) continue;
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            if (name.equals("content-length")) length = Long.parseLong(value);
            else if (name.equals("transfer-encoding")) chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            else if (name.equals("connection")) closeAfter = value.equalsIgnoreCase("close");
        }
        headersNs = System.nanoTime() - start;
        int code = statusCode(status);
        SseTokens tokens = new SseTokens(start);
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                body(size, tokens);
                line(false);
            }
            while (!line(false).isEmpty()) {
                // trailers, ignored
            }
        } else if (length >= 0) {
            body(length, tokens);
        } else {
            body(Long.MAX_VALUE, tokens);
            closeAfter = true;
        }
        long totalNs = System.nanoTime() - start;
        if (closeAfter) close();
        return new Answer(code, headersNs, tokens.arrivals(), totalNs, connected);
    }

    private void body(long n, SseTokens tokens) throws IOException {
        for (long left = n; left > 0; left--) {
            int b = in.read();
            if (b < 0) {
                if (n == Long.MAX_VALUE) return;
                throw new EOFException("body ended early");
            }
            tokens.accept(b);
        }
    }

    private long chunkSize() throws IOException {
        String s = line(false);
        int semi = s.indexOf(';');
        return Long.parseLong((semi < 0 ? s : s.substring(0, semi)).trim(), 16);
    }

    /** One CRLF-terminated line; at the very start of a response, EOF means the server dropped an idle connection. */
    private String line(boolean first) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                if (first && sb.length() == 0) throw new StaleConnection();
                throw new EOFException("connection closed mid-response");
            }
            if (b == '\n') break;
            if (b != '\r') sb.append((char) b);
        }
        return sb.toString();
    }

    private static int statusCode(String statusLine) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) throw new IOException("not an HTTP response: " + statusLine);
        return Integer.parseInt(parts[1]);
    }

    private void connect() throws IOException {
        boolean tls = "https".equalsIgnoreCase(origin.getScheme());
        int port = origin.getPort() > 0 ? origin.getPort() : tls ? 443 : 80;
        Socket s = tls ? SSLSocketFactory.getDefault().createSocket() : new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(timeoutMs);
        s.connect(new InetSocketAddress(origin.getHost(), port), Math.min(timeoutMs, 10_000));
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = s.getOutputStream();
    }

    @Override
    public void close() {
        if (socket == null) return;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket we are done with; nothing to report
        }
        socket = null;
    }

    /**
     * One answer, times in nanoseconds since the request's first byte was written.
     *
     * @param tokenNs   arrival of each SSE event that carries generated text or a tool-call delta (empty
     *                  for a JSON answer)
     * @param connected the time includes opening a connection (first use, or the server had closed it)
     */
    public record Answer(int status, long headersNs, long[] tokenNs, long totalNs, boolean connected) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Time to the first token, or -1 without one. */
        public long firstTokenNs() {
            return tokenNs.length == 0 ? -1 : tokenNs[0];
        }
    }

    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super("server closed the idle connection", null);
        }
    }
}
