package dev.cutover.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.wire.ProviderScript;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One server of the throughput comparison, in a JVM of its own so that each starts cold and none shares a heap,
 * a JIT or a collector with another or with the load generator's parent: prints {@code port N} once it listens,
 * serves until its standard input closes (the parent ending, however it ends, closes it).
 *
 * <p>Usage: {@code ServerMain mock KEY} (the mock provider with KEY scripted as the default answer), or
 * {@code ServerMain ceiling|wiremock ANSWER-FILE CONTENT-TYPE} (fixed bytes for every request), or
 * {@code ServerMain stream-ceiling} (a timed stream for every request, {@link StreamCeiling}).
 */
public final class ServerMain {
    private ServerMain() {}

    public static void main(String[] args) throws Exception {
        AutoCloseable server;
        int port;
        switch (args[0]) {
            case "mock" -> {
                // As `cutover mock` starts: its serving path warmed before it listens.
                MockProvider mock = MockProvider.start(MockOptions.defaults());
                MockWarmUp.overSockets(mock, MockOptions.DEFAULT_API_KEY, MockWarmUp.STANDALONE_LIMIT);
                mock.script(args[1], ProviderScript.DEFAULT);
                server = mock;
                port = URI.create(mock.baseUrl()).getPort();
            }
            case "ceiling" -> {
                CeilingServer ceiling = new CeilingServer(Files.readAllBytes(Path.of(args[1])), args[2]);
                server = ceiling;
                port = ceiling.port();
            }
            case "stream-ceiling" -> {
                StreamCeiling ceiling = new StreamCeiling();
                server = ceiling;
                port = ceiling.port();
            }
            case "wiremock" -> {
                WireMockServer wm = wireMock(Files.readAllBytes(Path.of(args[1])), args[2]);
                server = wm::stop;
                port = wm.port();
            }
            default -> throw new IllegalArgumentException("unknown server " + args[0]);
        }
        System.out.println("port " + port);
        System.out.flush();
        while (System.in.read() >= 0) {
            // Serve until the parent goes away.
        }
        server.close();
        System.exit(0);
    }

    /** WireMock standalone as its docs advise for load: request journal off, one stub, everything else default. */
    private static WireMockServer wireMock(byte[] body, String contentType) {
        WireMockServer wm = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                .disableRequestJournal());
        wm.start();
        wm.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(200).withHeader("content-type", contentType).withBody(body)));
        return wm;
    }
}
