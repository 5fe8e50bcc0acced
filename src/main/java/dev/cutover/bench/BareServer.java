package dev.cutover.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The yardstick: a JDK HttpServer that answers every request with fixed bytes and does nothing else — no
 * parsing, no journal, handlers on the server's own dispatcher thread, TCP_NODELAY on like the mock's.
 */
final class BareServer implements AutoCloseable {
    private final HttpServer server;

    BareServer(byte[] body, String contentType) throws IOException {
        // Read once per JVM, when the first JDK server starts: without it each answer waits for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().set("content-type", contentType);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
