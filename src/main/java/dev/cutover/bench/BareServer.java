package dev.cutover.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The yardstick: a JDK HttpServer that answers every request with fixed bytes and does nothing else — no
 * parsing, no journal, handlers on the server's own dispatcher thread. TCP_NODELAY comes from
 * {@code sun.net.httpserver.nodelay}, which the mock provider's class sets on first use (same JVM, same
 * setting for both).
 */
final class BareServer implements AutoCloseable {
    private final HttpServer server;

    BareServer(byte[] body, String contentType) throws IOException {
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
