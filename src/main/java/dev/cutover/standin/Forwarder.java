package dev.cutover.standin;

import dev.cutover.wire.Headers;
import dev.cutover.wire.HopByHop;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Sends a request on to the provider with the JDK client and hands back its answer unread. */
final class Forwarder {
    /** Not forwarded besides the hop-by-hop ones: the provider then answers uncompressed, so streams stay readable. */
    private static final String ACCEPT_ENCODING = "accept-encoding";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;

    /** @param baseUrl scheme, host and port of the provider, without a trailing slash */
    Forwarder(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    String baseUrl() {
        return baseUrl;
    }

    /**
     * @param headerTimeout how long the provider may take to send its response headers
     * @throws IOException when no answer came: refused, reset before headers, or timed out
     */
    Answer send(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body,
                Duration headerTimeout) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(headerTimeout)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> {
            if (HopByHop.is(name) || name.equalsIgnoreCase(ACCEPT_ENCODING)) return;
            for (String v : values) {
                try {
                    b.header(name, v);
                } catch (IllegalArgumentException restricted) {
                    // the JDK client refuses a few more names; a gateway may drop them too
                }
            }
        });
        try {
            HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            return new Answer(r.statusCode(), Headers.of(r.headers().map()), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the provider", e);
        }
    }
}
