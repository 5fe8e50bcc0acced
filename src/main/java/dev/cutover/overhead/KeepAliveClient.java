package dev.cutover.overhead;

import dev.cutover.http.Http1Response;
import dev.cutover.wire.SseReader;
import dev.cutover.wire.Tokens;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 over one persistent socket, timed with {@link System#nanoTime()} around blocking reads and
 * writes. Overhead is a difference of a few hundred microseconds, so both sides of a pair must pay the
 * same client costs: no pool deciding per call whether to reuse, no executor hand-off, no compression
 * (no Accept-Encoding is sent). The connection is opened once and reused; if the server closed it while
 * idle, the request is sent again on a fresh one and the answer says so, because that time includes a
 * connect. One answer, however it trickles in, takes at most the timeout.
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
        SseReader tokens = new SseReader(start);
        Http1Response response = new Http1Response(tokens::feed);
        byte[] buffer = new byte[16 * 1024];
        long deadline = start + timeoutMs * 1_000_000L;
        while (!response.complete()) {
            // The whole answer within the timeout, not each read: a server trickling a byte at a time never
            // lets a read time out.
            long leftMs = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMs <= 0) {
                close();
                throw new SocketTimeoutException("answer not complete within " + timeoutMs + " ms");
            }
            socket.setSoTimeout((int) leftMs);
            int n = in.read(buffer);
            if (n < 0) {
                if (!response.sawAnyByte()) throw new StaleConnection();
                response.endOfInput();
                break;
            }
            response.feed(buffer, 0, n, System.nanoTime());
        }
        tokens.end();
        long totalNs = System.nanoTime() - start;
        if (response.closeAfter()) close();
        return new Answer(response.status(), response.headersAtNanos() - start, Tokens.arrivalNanos(tokens.events()),
                totalNs, connected);
    }

    private void connect() throws IOException {
        boolean tls = "https".equalsIgnoreCase(origin.getScheme());
        int port = origin.getPort() > 0 ? origin.getPort() : tls ? 443 : 80;
        Socket s = tls ? SSLSocketFactory.getDefault().createSocket() : new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(timeoutMs);
        s.connect(new InetSocketAddress(origin.getHost(), port), Math.min(timeoutMs, 10_000));
        socket = s;
        in = s.getInputStream();
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
