package dev.cutover.oracle;

import com.openai.core.RequestOptions;
import com.openai.core.http.Headers;
import com.openai.core.http.HttpClient;
import com.openai.core.http.HttpRequest;
import com.openai.core.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * openai-java's transport ({@code ClientOptions.httpClient}, the SDK's own extension point, where its OkHttp
 * client normally sits) answering every request with the {@link Replay} it was given: the observed status,
 * headers and body bytes. A broken exchange's body ends in the IOException OkHttp throws for a chunked body
 * that stops early. Nothing leaves the process: no socket is opened, whatever URL the SDK asks for.
 */
final class ReplayTransport implements HttpClient {
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
