package dev.cutover.cli;

import dev.cutover.bench.MockWarmUp;
import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "mock", mixinStandardHelpOptions = true,
        description = "Runs the mock OpenAI-compatible provider standalone, so a real gateway can be pointed at it.")
final class MockCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    int port;

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--key-env", description = "Environment variable holding the API key the mock accepts "
            + "(default: ${DEFAULT-VALUE}; unset means sk-cutover-mock).", defaultValue = "CUTOVER_MOCK_KEY")
    String keyEnv;

    @Option(names = "--admin-key-env", description = "Environment variable holding the key the admin API requires "
            + "(header x-cutover-admin-key); required with a --host other than loopback.")
    String adminKeyEnv;

    @Option(names = "--mocks", description = "Folder with WireMock mappings/ and __files/ (default: the built-in ones).")
    Path mocks;

    @Option(names = "--journal", description = "How many received requests to keep (default: ${DEFAULT-VALUE}).", defaultValue = "10000")
    int journal;

    @Option(names = "--model-like", description = "Answer chat and embeddings requests nobody scripted like a model (varied "
            + "text, usage, forced tool calls, JSON, the errors a model gives) instead of the fixed default reply.")
    boolean modelLike;

    @Option(names = "--warm-up-seconds", defaultValue = "10", description = "Before it says it listens, serve made-up "
            + "requests to itself over loopback for at most this long, stopping sooner once the JIT has settled (about 8 s "
            + "on two cores), so that its first seconds under load are not the compiler's; 0: none (default: ${DEFAULT-VALUE}).")
    int warmUpSeconds;

    @Option(names = "--seconds", description = "Stop after this many seconds (default: run until interrupted).")
    Long seconds;

    @Override
    public Integer call() throws InterruptedException {
        String key = System.getenv(keyEnv);
        MockOptions defaults = MockOptions.defaults();
        String adminKey = null;
        if (adminKeyEnv != null) {
            adminKey = System.getenv(adminKeyEnv);
            if (adminKey == null || adminKey.length() < 16) {
                throw new ParameterException(spec.commandLine(), "--admin-key-env " + adminKeyEnv
                        + ": the variable must hold a key of at least 16 characters");
            }
        }
        MockOptions options;
        try {
            options = new MockOptions(host, port, key == null || key.isEmpty() ? defaults.apiKey() : key, journal, mocks,
                    adminKey, modelLike);
        } catch (IllegalArgumentException e) {
            // Only a missing admin key is mended by --admin-key-env; "port out of range: -1" said so too.
            throw new ParameterException(spec.commandLine(), e.getMessage()
                    + (e.getMessage().contains("admin key") ? " (give --admin-key-env VAR)" : ""));
        }
        if (warmUpSeconds < 0) throw new ParameterException(spec.commandLine(), "--warm-up-seconds must be 0 or more");
        // A negative time stopped the mock at once, exit 0, as if it had served.
        if (seconds != null && seconds <= 0) throw new ParameterException(spec.commandLine(), "--seconds must be above 0");
        CountDownLatch stop = new CountDownLatch(1);
        try (MockProvider mock = MockProvider.start(options)) {
            // Several seconds with nothing printed would look like a hang.
            if (warmUpSeconds > 0) System.err.printf("cutover mock: warming up its serving path before it listens (at most %d s; "
                    + "--warm-up-seconds 0 skips it) ...%n", warmUpSeconds);
            MockWarmUp.Done warm = warmUpSeconds == 0 ? null : MockWarmUp.overSockets(mock,
                    options.apiKey() == null ? defaults.apiKey() : options.apiKey(), Duration.ofSeconds(warmUpSeconds));
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            System.out.println("mock provider listening on " + mock.baseUrl()
                    + "  (OpenAI: " + mock.baseUrl() + "/v1, Azure: " + mock.baseUrl() + "/openai/deployments/{d}/...)"
                    + (adminKey == null ? "; admin API open to local callers" : "; admin API needs its key")
                    + (modelLike ? "; unscripted requests answered like a model" : "")
                    + (warm == null ? "; not warmed up" : String.format(java.util.Locale.ROOT,
                            "; serving path warmed with %,d requests in %.1f s", warm.requests(), warm.took().toMillis() / 1000.0)));
            if (seconds == null) stop.await();
            else stop.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
        }
        return Main.PASS;
    }
}
