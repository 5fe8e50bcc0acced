package dev.cutover.faulty;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cutover.wire.HopByHop;
import dev.cutover.wire.SseRelay;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small reverse proxy that behaves like an LLM gateway (key isolation, everything else forwarded)
 * with one {@link Defect} switched on, so that the suite can show each of its checks failing — or one
 * {@link Harmless} change, so that it can show none of them failing on what a compliant gateway may do.
 * Loopback only, on a port the system picks.
 */
public final class FaultyGateway implements AutoCloseable {
    public static final String CLIENT_KEY = "sk-gateway-client-key";

    // Hop-by-hop headers belong to one connection; the JDK client also refuses to set most of them.
    // Accept-Encoding is dropped so that the provider answers uncompressed and streams stay parseable;
    // Authorization is replaced by the provider key.
    private static final Set<String> NOT_FORWARDED = Set.of("accept-encoding", "authorization");
    // The JDK server writes its own Date and framing headers; copies would be duplicates.
    private static final String DATE = "date";

    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpClient upstream;
    private final String upstreamBaseUrl;
    private final String providerKey;
    private final Defect defect;
    private final Harmless harmless;

    private FaultyGateway(String upstreamBaseUrl, String providerKey, Defect defect, Harmless harmless) throws IOException {
        this.upstreamBaseUrl = upstreamBaseUrl.replaceAll("/+$", "");
        this.providerKey = Objects.requireNonNull(providerKey, "providerKey");
        this.defect = Objects.requireNonNull(defect, "defect");
        this.harmless = Objects.requireNonNull(harmless, "harmless");
        // Without TCP_NODELAY every small SSE write waits for the peer's delayed ACK (~40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "faulty-gateway-" + (harmless == Harmless.NONE ? defect : harmless));
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
    public static FaultyGateway start(String upstreamBaseUrl, String providerKey, Defect defect) {
        return start(upstreamBaseUrl, providerKey, defect, Harmless.NONE);
    }

    /** Starts a gateway without defects that makes one harmless change. */
    public static FaultyGateway start(String upstreamBaseUrl, String providerKey, Harmless change) {
        return start(upstreamBaseUrl, providerKey, Defect.NONE, change);
    }

    private static FaultyGateway start(String upstreamBaseUrl, String providerKey, Defect defect, Harmless change) {
        try {
            return new FaultyGateway(upstreamBaseUrl, providerKey, defect, change);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the faulty gateway", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The key clients must send as {@code Authorization: Bearer <key>}. */
    public String clientKey() {
        return CLIENT_KEY;
    }

    public Defect defect() {
        return defect;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] requestBody = RequestFaults.body(defect, ex.getRequestBody().readAllBytes());
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || auth.isBlank()) {
            reply(ex, 401, defect == Defect.OWN_ERRORS_FLAT ? OpenAiError.flat(401, "Unauthorized") : OpenAiError.missingKey());
            return;
        }
        if (!auth.equals("Bearer " + CLIENT_KEY)) {
            reply(ex, 401, defect == Defect.OWN_ERRORS_FLAT ? OpenAiError.flat(401, "Unauthorized") : OpenAiError.wrongKey());
            return;
        }
        HttpResponse<InputStream> answer;
        try {
            answer = upstream.send(upstreamRequest(ex, requestBody, auth), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException unreachable) {
            reply(ex, 502, OpenAiError.badGateway(unreachable));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling upstream", e);
        }
        try (InputStream body = answer.body()) {
            String contentType = answer.headers().firstValue("content-type").orElse(null);
            if (ResponseFaults.isEventStream(contentType)) stream(ex, answer, body);
            else whole(ex, answer, body);
        }
    }

    private HttpRequest upstreamRequest(HttpExchange ex, byte[] body, String clientAuth) {
        URI in = ex.getRequestURI();
        String target = upstreamBaseUrl + in.getRawPath() + (in.getRawQuery() == null ? "" : "?" + in.getRawQuery());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target)).method(ex.getRequestMethod(),
                body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
            if (HopByHop.is(h.getKey()) || NOT_FORWARDED.contains(h.getKey().toLowerCase(Locale.ROOT))) continue;
            for (String value : h.getValue()) {
                try {
                    b.header(h.getKey(), value);
                } catch (IllegalArgumentException restricted) {
                    // The JDK client refuses a few more names (e.g. on older JDKs "date"); a gateway may drop them.
                }
            }
        }
        b.header("Authorization", defect == Defect.FORWARD_CLIENT_KEY ? clientAuth : "Bearer " + providerKey);
        return b.build();
    }

    // Non-stream bodies are read whole (defects rewrite them); a break while reading is a 502, as gateways do.
    private void whole(HttpExchange ex, HttpResponse<InputStream> answer, InputStream upstreamBody) throws IOException {
        byte[] raw;
        try {
            raw = upstreamBody.readAllBytes();
        } catch (IOException broken) {
            reply(ex, 502, OpenAiError.badGateway(broken));
            return;
        }
        copyHeaders(answer, ex.getResponseHeaders());
        // The gateway decompressed what the provider sent but kept (or set) the coding header.
        if (defect == Defect.CONTENT_ENCODING_KEPT && raw.length > 0) ex.getResponseHeaders().set("Content-Encoding", "gzip");
        byte[] body = harmless == Harmless.NONE ? ResponseFaults.body(defect, answer.statusCode(), raw) : restyled(raw);
        send(ex, ResponseFaults.status(defect, answer.statusCode()), body, harmless == Harmless.CHUNKED_BODIES);
    }

    private byte[] restyled(byte[] raw) {
        if (!Restyle.rewritesJson(harmless)) return raw;
        return dev.cutover.wire.Json.parse(raw).map(v -> Restyle.json(harmless, v).getBytes(StandardCharsets.UTF_8)).orElse(raw);
    }

    private void stream(HttpExchange ex, HttpResponse<InputStream> answer, InputStream upstreamBody) throws IOException {
        copyHeaders(answer, ex.getResponseHeaders());
        int status = ResponseFaults.status(defect, answer.statusCode());
        // A buffering gateway sends nothing, headers included, until the provider has finished.
        OutputStream out = defect == Defect.BUFFER_STREAM ? new ByteArrayOutputStream() : null;
        if (out == null) {
            ex.sendResponseHeaders(status, 0);
            out = ex.getResponseBody();
        }
        try {
            SseRelay.relay(upstreamBody, out, harmless == Harmless.NONE ? new SseFaults(defect) : new SseRestyle(harmless));
        } catch (SseRelay.UpstreamBroken broken) {
            if (defect != Defect.SWALLOW_UPSTREAM_RESET) throw broken;
        }
        if (out instanceof ByteArrayOutputStream held) {
            ex.sendResponseHeaders(status, 0);
            held.writeTo(ex.getResponseBody());
        }
        // Reached only when the upstream ended (or the defect swallowed its break): end the client's stream.
        ex.getResponseBody().close();
    }

    private void copyHeaders(HttpResponse<?> answer, Headers out) {
        answer.headers().map().forEach((name, values) -> {
            if (name.startsWith(":") || HopByHop.is(name) || name.equalsIgnoreCase(DATE)) return;
            for (String value : values) {
                String kept = ResponseFaults.header(defect, name, value);
                if (kept != null) out.add(ResponseFaults.headerName(defect, name), kept);
            }
        });
    }

    private static void reply(HttpExchange ex, int status, byte[] envelope) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        send(ex, status, envelope, false);
    }

    /** @param chunked send the body with chunked transfer encoding (length 0 to the JDK server) instead of its length */
    private static void send(HttpExchange ex, int status, byte[] body, boolean chunked) throws IOException {
        boolean noBody = body.length == 0 || status == 204 || status == 304 || "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, noBody ? -1 : chunked ? 0 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (!noBody) out.write(body);
        }
    }
}
