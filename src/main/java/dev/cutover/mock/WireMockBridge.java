package dev.cutover.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServerFactory;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Response;
import com.sun.net.httpserver.HttpExchange;
import dev.cutover.http.Headers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * WireMock answering from its mappings inside this process: requests are handed over as objects, no
 * second HTTP hop. It serves everything that is not a scripted chat or embeddings request (model
 * listings, unknown paths), so those replies live in editable JSON mappings rather than in code.
 */
final class WireMockBridge implements AutoCloseable {
    private static final Set<String> DROPPED_HEADERS =
            Set.of("content-length", "transfer-encoding", "matched-stub-id", "matched-stub-name");

    private final DirectCallHttpServerFactory factory = new DirectCallHttpServerFactory();
    private final WireMockServer server;

    WireMockBridge(Path mocksDir) {
        WireMockConfiguration config = wireMockConfig()
                .httpServerFactory(factory)
                // The front server keeps its own journal per exchange key; WireMock's would grow unbounded.
                .disableRequestJournal();
        config = mocksDir == null ? config.usingFilesUnderClasspath("mocks")
                : config.usingFilesUnderDirectory(mocksDir.toString());
        server = new WireMockServer(config);
        server.start();
    }

    void serve(HttpExchange ex, Headers headers, byte[] body, Map<String, String> extraHeaders) throws IOException {
        String uri = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        DirectRequest request = new DirectRequest("http://" + headers.first("host").orElse("localhost") + uri,
                ex.getRequestMethod(), ex.getProtocol(), ex.getRemoteAddress().getAddress().getHostAddress(),
                headers, body);
        Response response = factory.getHttpServer().stubRequest(request);
        for (HttpHeader header : response.getHeaders().all()) {
            // The JDK server frames the body itself (length headers would contradict it), and a provider
            // does not announce which WireMock stub matched.
            String name = header.key().toLowerCase(Locale.ROOT);
            if (DROPPED_HEADERS.contains(name)) continue;
            header.values().forEach(v -> ex.getResponseHeaders().add(name, v));
        }
        byte[] responseBody = response.getBody() == null ? new byte[0] : response.getBody();
        Reply.bytes(ex, response.getStatus(), null, responseBody, extraHeaders);
    }

    @Override
    public void close() {
        server.stop();
    }
}
