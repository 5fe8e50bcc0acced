package dev.cutover.standin;

import com.sun.net.httpserver.HttpServer;
import dev.cutover.launch.LaunchException;
import dev.cutover.launch.Launched;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The loopback HTTP server every stand-in runs on: one daemon thread per open exchange (a relayed stream
 * holds its thread for as long as the provider takes), a bounded log for the report.
 */
final class StandInServer implements Launched {
    /** What a stand-in does with one request. */
    @FunctionalInterface
    interface Handler {
        void handle(Call call) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final StandInLog log;

    private StandInServer(HttpServer server, ExecutorService threads, StandInLog log) {
        this.server = server;
        this.threads = threads;
        this.log = log;
    }

    static StandInServer start(String name, int port, StandInLog log, Handler handler) {
        // Without TCP_NODELAY every small write waits ~40 ms for the peer's delayed ACK; read once per JVM.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "standin-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
            server.setExecutor(threads);
            server.createContext("/", ex -> Call.serve(ex, log, handler));
            server.start();
            log.add("listening on 127.0.0.1:" + server.getAddress().getPort());
            return new StandInServer(server, threads, log);
        } catch (IOException e) {
            threads.shutdownNow();
            throw new LaunchException("stand-in '" + name + "' cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public List<String> log() {
        return log.lines();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
