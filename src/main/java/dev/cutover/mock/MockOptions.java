package dev.cutover.mock;
// TEMPORARY STUB — replaced by the mock branch
public record MockOptions(String host, int port, String apiKey, int journalLimit, java.nio.file.Path mocksDir) {
    public static MockOptions defaults() { return new MockOptions("127.0.0.1", 0, "sk-cutover-mock", 10000, null); }
}
