package dev.cutover.mock;

import dev.cutover.wire.Marker;
import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.ReceivedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A mock OpenAI-compatible provider ({@link MockServer}, on Netty). Requests are told apart by the exchange
 * key they carry ({@link Marker}); each key can have a {@link ProviderScript} and has a journal of what
 * arrived. See {@link AdminApi} for driving a standalone instance over HTTP.
 */
public final class MockProvider implements ScriptedProvider {
    /** The journal key for requests that carry no exchange key. */
    public static final String UNMARKED = "_unmarked";

    private final MockServer server;
    private final WireMockBridge wireMock;
    private final ScriptBook book = new ScriptBook();
    private final Journal journal;
    private final String apiKey;
    private final Lateness lateness = new Lateness();

    private MockProvider(MockOptions options) throws IOException {
        apiKey = options.apiKey();
        journal = new Journal(options.journalLimit());
        wireMock = new WireMockBridge(options.mocksDir());
        try {
            server = new MockServer(options.host(), options.port(), new Front(this, options.apiKey(), options.adminKey(), journal, book, wireMock,
                    options.modelLike()),
                    lateness);
        } catch (IOException e) {
            wireMock.close();
            throw e;
        }
    }

    /** Starts a mock; throws {@link UncheckedIOException} when the port cannot be bound. */
    public static MockProvider start(MockOptions options) {
        try {
            return new MockProvider(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start mock provider on " + options.host() + ":" + options.port(), e);
        }
    }

    @Override
    public String baseUrl() {
        String host = server.address().getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    @Override
    public int port() {
        return server.address().getPort();
    }

    /** The key this mock accepts (what a gateway in front of it must send upstream); null accepts any. */
    @Override
    public String apiKey() {
        return apiKey;
    }

    @Override
    public boolean embedded() {
        return true;
    }

    /** How late the mock wrote the parts of its answers against their deadlines. */
    @Override
    public Lateness lateness() {
        return lateness;
    }

    /** From now on, requests carrying this key are answered by this script (fail counts carry over). */
    @Override
    public void script(String exchangeKey, ProviderScript script) {
        book.put(exchangeKey, script);
    }

    /** What arrived for this key, oldest first; a copy. */
    @Override
    public List<ReceivedRequest> received(String exchangeKey) {
        return journal.received(exchangeKey);
    }

    /** Drops the key's script, fail count and journal. */
    @Override
    public void forget(String exchangeKey) {
        book.forget(exchangeKey);
        journal.forget(exchangeKey);
    }

    @Override
    public void close() {
        server.close();
        wireMock.close();
    }
}
