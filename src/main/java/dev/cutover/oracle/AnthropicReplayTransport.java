package dev.cutover.oracle;

import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.Headers;
import com.anthropic.core.http.HttpClient;
import com.anthropic.core.http.HttpRequest;
import com.anthropic.core.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * anthropic-java's transport ({@code ClientOptions.httpClient}, where its OkHttp client normally sits) answering
 * every request with the {@link Replay} it was given, as {@link ReplayTransport} does for openai-java: the two
 * SDKs share a generator but not a single type, so each needs its own. No socket is opened.
 */
final class AnthropicReplayTransport implements HttpClient {
    private volatile Replay current;

    /** What the next requests are answered with. */
    void serve(Replay replay) {
        current = replay;
    }

    @Override
    public HttpResponse execute(HttpRequest request, RequestOptions options) {
        Replay r = current;
        if (r == null) throw new IllegalStateException("the oracle asked nothing");
        Headers.Builder headers = Headers.builder();
        for (Map.Entry<String, String> h : r.headers()) headers.put(h.getKey(), h.getValue());
        byte[] body = r.bodyBytes();
        Headers built = headers.build();
        return new HttpResponse() {
            @Override
            public int statusCode() {
                return r.status();
            }

            @Override
            public Headers headers() {
                return built;
            }

            @Override
            public InputStream body() {
                return r.broken() ? new BreaksAtEnd(body) : new ByteArrayInputStream(body);
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, RequestOptions options) {
        return CompletableFuture.completedFuture(execute(request, options));
    }

    @Override
    public void close() {
        current = null;
    }
}
