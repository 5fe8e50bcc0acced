package dev.cutover.mock;

import java.nio.file.Path;

/**
 * How to start a {@link MockProvider}.
 *
 * @param host         address to bind; loopback by default so a test run never listens beyond this machine
 * @param port         0 picks a free port
 * @param apiKey       the key clients must present; null accepts any key (but still requires one)
 * @param journalLimit how many received requests are kept across all exchange keys (oldest evicted)
 * @param mocksDir     a folder with WireMock {@code mappings/} and {@code __files/}; null uses the built-in
 *                     ones from classpath {@code mocks}
 * @param adminKey     the key the admin API requires; null requires none, which only a mock on loopback may do
 * @param modelLike    answer chat and embeddings requests nobody scripted like a model ({@link ModelLike}), not with the
 *                     fixed default reply: what proves the live checks without real providers
 */
public record MockOptions(String host, int port, String apiKey, int journalLimit, Path mocksDir, String adminKey,
                          boolean modelLike) {

    public static final String DEFAULT_API_KEY = "sk-cutover-mock";
    /** Where the key comes from: the same variable the shipped profiles send ({@code ${env:CUTOVER_MOCK_KEY:-…}}). */
    public static final String KEY_VARIABLE = "CUTOVER_MOCK_KEY";

    /** A mock that answers unscripted requests with its fixed default reply. */
    public MockOptions(String host, int port, String apiKey, int journalLimit, Path mocksDir, String adminKey) {
        this(host, port, apiKey, journalLimit, mocksDir, adminKey, false);
    }

    public MockOptions {
        host = host == null ? "127.0.0.1" : host;
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (journalLimit <= 0) throw new IllegalArgumentException("journalLimit must be positive: " + journalLimit);
        if (adminKey == null && !isLoopback(host)) {
            throw new IllegalArgumentException("a mock listening on " + host + " needs an admin key: anyone who reaches it "
                    + "could script it or read what it received");
        }
    }

    /** Loopback, a free port, and the key the profiles send: one source of truth, so setting it changes both. */
    public static MockOptions defaults() {
        return new MockOptions("127.0.0.1", 0, keyFromEnvironment(), 10_000, null, null);
    }

    /** {@value #KEY_VARIABLE} when set, else {@value #DEFAULT_API_KEY}. */
    public static String keyFromEnvironment() {
        String key = System.getenv(KEY_VARIABLE);
        return key == null || key.isEmpty() ? DEFAULT_API_KEY : key;
    }

    public MockOptions withHost(String h) { return new MockOptions(h, port, apiKey, journalLimit, mocksDir, adminKey, modelLike); }

    public MockOptions withPort(int p) { return new MockOptions(host, p, apiKey, journalLimit, mocksDir, adminKey, modelLike); }

    public MockOptions withApiKey(String k) { return new MockOptions(host, port, k, journalLimit, mocksDir, adminKey, modelLike); }

    public MockOptions withJournalLimit(int n) { return new MockOptions(host, port, apiKey, n, mocksDir, adminKey, modelLike); }

    public MockOptions withMocksDir(Path d) { return new MockOptions(host, port, apiKey, journalLimit, d, adminKey, modelLike); }

    public MockOptions withAdminKey(String k) { return new MockOptions(host, port, apiKey, journalLimit, mocksDir, k, modelLike); }

    public MockOptions withModelLike(boolean on) { return new MockOptions(host, port, apiKey, journalLimit, mocksDir, adminKey, on); }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
    }
}
