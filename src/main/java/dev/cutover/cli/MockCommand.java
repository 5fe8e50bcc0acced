package dev.cutover.cli;

import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "mock", mixinStandardHelpOptions = true,
        description = "Runs the mock OpenAI-compatible provider standalone, so a real gateway can be pointed at it.")
final class MockCommand implements Callable<Integer> {

    @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    int port;

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--key-env", description = "Environment variable holding the API key the mock accepts "
            + "(default: ${DEFAULT-VALUE}; unset means sk-cutover-mock).", defaultValue = "CUTOVER_MOCK_KEY")
    String keyEnv;

    @Option(names = "--mocks", description = "Folder with WireMock mappings/ and __files/ (default: the built-in ones).")
    Path mocks;

    @Option(names = "--journal", description = "How many received requests to keep (default: ${DEFAULT-VALUE}).", defaultValue = "10000")
    int journal;

    @Option(names = "--seconds", description = "Stop after this many seconds (default: run until interrupted).")
    Long seconds;

    @Override
    public Integer call() throws InterruptedException {
        String key = System.getenv(keyEnv);
        MockOptions defaults = MockOptions.defaults();
        MockOptions options = new MockOptions(host, port, key == null || key.isEmpty() ? defaults.apiKey() : key,
                journal, mocks);
        CountDownLatch stop = new CountDownLatch(1);
        try (MockProvider mock = MockProvider.start(options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            System.out.println("mock provider listening on " + mock.baseUrl()
                    + "  (OpenAI: " + mock.baseUrl() + "/v1, Azure: " + mock.baseUrl() + "/openai/deployments/{d}/...)");
            if (seconds == null) stop.await();
            else stop.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
        }
        return Main.PASS;
    }
}
