package dev.cutover.mock;

import com.sun.net.httpserver.HttpServer;
import dev.cutover.scenario.ProviderScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mock OpenAI-compatible provider on the JDK's HTTP server. Requests are told apart by the exchange
 * key they carry ({@link Marker}); each key can have a {@link ProviderScript} and has a journal of what
 * arrived. See {@link AdminApi} for driving a standalone instance over HTTP.
 */
public final class MockProvider implements AutoCloseable {
    /** The journal key for requests that carry no exchange key. */
    public static final String UNMARKED = "_unmarked";

    static {
        // Without TCP_NODELAY each small response waits ~40 ms for delayed ACKs; read once per JVM.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final WireMockBridge wireMock;
    private final ScriptBook book = new ScriptBook();
    private final Journal journal;
    private final String apiKey;

    private MockProvider(MockOptions options) throws IOException {
        apiKey = options.apiKey();
        journal = new Journal(options.journalLimit());
        wireMock = new WireMockBridge(options.mocksDir());
        AtomicInteger n = new AtomicInteger();
        // One thread per open exchange: a stream sleeps between chunks, so a pool cap would cap streams.
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cutover-mock-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 4096);
        } catch (IOException e) {
            wireMock.close();
            threads.shutdownNow();
            throw e;
        }
        server.createContext("/", new FrontHandler(this, options.apiKey(), journal, book, wireMock));
        server.setExecutor(threads);
        server.start();
    }

    /** Starts a mock; throws {@link UncheckedIOException} when the port cannot be bound. */
    public static MockProvider start(MockOptions options) {
        try {
            return new MockProvider(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start mock provider on " + options.host() + ":" + options.port(), e);
        }
    }

    public String baseUrl() {
        String host = server.getAddress().getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The key this mock accepts (what a gateway in front of it must send upstream); null accepts any. */
    public String apiKey() {
        return apiKey;
    }

    /** From now on, requests carrying this key are answered by this script (fail counts carry over). */
    public void script(String exchangeKey, ProviderScript script) {
        book.put(exchangeKey, script);
    }

    /** What arrived for this key, oldest first; a copy. */
    public List<ReceivedRequest> received(String exchangeKey) {
        return journal.received(exchangeKey);
    }

    /** Drops the key's script, fail count and journal. */
    public void forget(String exchangeKey) {
        book.forget(exchangeKey);
        journal.forget(exchangeKey);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        wireMock.close();
    }
}
