package dev.cutover.faulty;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cutover.wire.Dialect;
import dev.cutover.wire.HopByHop;
import dev.cutover.wire.Json;
import dev.cutover.wire.SseReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A gateway double that translates, as the gateways in front of Anthropic and Gemini do: clients speak OpenAI chat
 * completions to it, it speaks Anthropic's Messages API ({@code /v1/messages}, {@code x-api-key},
 * {@code anthropic-version}; {@link AnthropicTranslation}, {@link AnthropicChunks}) or Gemini's generateContent
 * ({@code models/{model}:generateContent}, {@code :streamGenerateContent?alt=sse}, {@code x-goog-api-key};
 * {@link GeminiTranslation}, {@link GeminiChunks}) to the provider and answers in OpenAI's words, with one
 * {@link TranslationDefect} switched on. Streams are translated event by event as they arrive. Loopback
 * only, on a port the system picks.
 */
public final class TranslatingGateway implements AutoCloseable {
    // The framing and encoding are this gateway's own; what else the provider set (Retry-After, rate limits) goes on.
    private static final Set<String> OWN_HEADERS = Set.of("content-length", "content-type", "content-encoding", "date");

    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpClient upstream;
    private final String upstreamBaseUrl;
    private final String providerKey;
    private final TranslationDefect defect;
    private final Dialect provider;

    private TranslatingGateway(String upstreamBaseUrl, String providerKey, Dialect provider, TranslationDefect defect) throws IOException {
        this.provider = provider;
        this.upstreamBaseUrl = upstreamBaseUrl.replaceAll("/+$", "");
        this.providerKey = providerKey;
        this.defect = defect;
        System.setProperty("sun.net.httpserver.nodelay", "true"); // small SSE writes without the delayed-ACK wait
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "translating-gateway-" + defect);
            t.setDaemon(true);
            return t;
        });
        this.upstream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a gateway in front of {@code upstreamBaseUrl} (scheme, host and port; no {@code /v1}). */
    public static TranslatingGateway start(String upstreamBaseUrl, String providerKey, Dialect provider, TranslationDefect defect) {
        if (provider == Dialect.OPENAI) throw new IllegalArgumentException("a translating gateway speaks Anthropic or Gemini upstream");
        try {
            return new TranslatingGateway(upstreamBaseUrl, providerKey, provider, defect);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the translating gateway", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String clientKey() {
        return FaultyGateway.CLIENT_KEY;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] requestBody = ex.getRequestBody().readAllBytes();
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || auth.isBlank()) {
            reply(ex, 401, OpenAiError.missingKey());
            return;
        }
        if (!auth.equals("Bearer " + FaultyGateway.CLIENT_KEY)) {
            reply(ex, 401, OpenAiError.wrongKey());
            return;
        }
        Optional<JsonNode> chat = Json.parse(requestBody);
        if (!ex.getRequestURI().getPath().equals("/v1/chat/completions") || chat.isEmpty() || !chat.get().isObject()) {
            reply(ex, 404, OpenAiError.envelope("this gateway translates chat completions only", "invalid_request_error", null));
            return;
        }
        HttpResponse<InputStream> answer;
        try {
            answer = upstream.send(upstreamRequest(ex, chat.get()), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException unreachable) {
            reply(ex, 502, OpenAiError.badGateway(unreachable));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling upstream", e);
        }
        answer.headers().map().forEach((name, values) -> {
            if (name.startsWith(":") || HopByHop.is(name) || OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) return;
            values.forEach(v -> ex.getResponseHeaders().add(name, v));
        });
        try (InputStream body = answer.body()) {
            boolean includeUsage = chat.get().path("stream_options").path("include_usage").asBoolean(false);
            String model = chat.get().path("model").asText();
            if (answer.statusCode() < 300 && answer.headers().firstValue("content-type").orElse("").startsWith("text/event-stream")) {
                stream(ex, body, provider == Dialect.GEMINI ? new GeminiChunks(defect, includeUsage, model)
                        : new AnthropicChunks(defect, includeUsage));
                return;
            }
            JsonNode whole = Json.parse(body.readAllBytes()).orElse(Json.object());
            int status = answer.statusCode();
            JsonNode translated;
            if (provider == Dialect.GEMINI) {
                translated = status >= 400 ? GeminiTranslation.error(whole) : GeminiTranslation.completion(whole, model, defect);
            } else {
                translated = status >= 400 ? AnthropicTranslation.error(whole, status) : AnthropicTranslation.completion(whole, defect);
                status = AnthropicTranslation.status(status, defect);
            }
            reply(ex, status, translated.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private HttpRequest upstreamRequest(HttpExchange ex, JsonNode chat) {
        HttpRequest.Builder b;
        if (provider == Dialect.GEMINI) {
            String model = URLEncoder.encode(chat.path("model").asText(), StandardCharsets.UTF_8);
            String method = chat.path("stream").asBoolean(false) ? ":streamGenerateContent?alt=sse" : ":generateContent";
            b = HttpRequest.newBuilder(URI.create(upstreamBaseUrl + "/v1beta/models/" + model + method))
                    .POST(HttpRequest.BodyPublishers.ofString(GeminiTranslation.request(chat).toString()))
                    .header("x-goog-api-key", providerKey);
        } else {
            b = HttpRequest.newBuilder(URI.create(upstreamBaseUrl + "/v1/messages"))
                    .POST(HttpRequest.BodyPublishers.ofString(AnthropicTranslation.request(chat).toString()))
                    .header("x-api-key", providerKey).header("anthropic-version", "2023-06-01");
        }
        b.header("content-type", "application/json");
        // cutover's exchange marker goes on, as a gateway forwards unknown headers.
        ex.getRequestHeaders().forEach((name, values) -> {
            if (name.toLowerCase(Locale.ROOT).startsWith("x-cutover-")) values.forEach(v -> b.header(name, v));
        });
        return b.build();
    }

    private void stream(HttpExchange ex, InputStream upstreamBody, StreamTranslation chunks) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        SseReader reader = new SseReader(System.nanoTime());
        byte[] buffer = new byte[8192];
        int translated = 0;
        try (OutputStream out = ex.getResponseBody()) {
            for (int n; !chunks.ended() && (n = upstreamBody.read(buffer)) >= 0; ) {
                reader.feed(buffer, 0, n, System.nanoTime());
                for (; translated < reader.events().size() && !chunks.ended(); translated++) {
                    out.write(chunks.translate(reader.events().get(translated).data()).getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            }
            if (!chunks.ended()) out.write(chunks.atEnd().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
