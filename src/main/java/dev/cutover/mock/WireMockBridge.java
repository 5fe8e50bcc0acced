package dev.cutover.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServerFactory;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Response;
import dev.cutover.wire.HopByHop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * WireMock answering from its mappings inside this process: requests are handed over as objects, no
 * second HTTP hop. It serves everything that is not a scripted chat or embeddings request (model
 * listings, unknown paths), so those replies live in editable JSON mappings rather than in code.
 */
final class WireMockBridge implements AutoCloseable {
    /** WireMock's own headers naming the stub that matched: a provider does not send them. */
    private static final Set<String> STUB_HEADERS = Set.of("matched-stub-id", "matched-stub-name");

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

    /** WireMock's answer to the request, due then, with the script's extra headers after WireMock's own. */
    Answer answer(Incoming in, long due, Map<String, String> extraHeaders) {
        DirectRequest request = new DirectRequest("http://" + in.headers().first("host").orElse("localhost") + in.rawUri(),
                in.method(), in.protocol(), in.clientIp(), in.headers(), in.body());
        Response response = factory.getHttpServer().stubRequest(request);
        List<Answer.Header> headers = new ArrayList<>();
        for (HttpHeader header : response.getHeaders().all()) {
            // The transport frames the body itself (length headers would contradict it), and a provider
            // does not announce which WireMock stub matched.
            String name = header.key().toLowerCase(Locale.ROOT);
            if (HopByHop.is(name) || STUB_HEADERS.contains(name)) continue;
            header.values().forEach(v -> headers.add(new Answer.Header(name, v)));
        }
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody();
        return Answer.whole(due, response.getStatus(), Answer.headers(headers, extraHeaders), body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
