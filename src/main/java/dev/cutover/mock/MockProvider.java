package dev.cutover.mock;
// TEMPORARY STUB — replaced by the mock branch
public final class MockProvider implements AutoCloseable {
    public static MockProvider start(MockOptions o) { return new MockProvider(); }
    public String baseUrl() { return "http://127.0.0.1:1"; }
    public int port() { return 1; }
    public void script(String k, dev.cutover.scenario.ProviderScript s) {}
    public java.util.List<ReceivedRequest> received(String k) { return java.util.List.of(); }
    public void forget(String k) {}
    public void close() {}
}
