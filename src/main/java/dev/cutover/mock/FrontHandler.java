package dev.cutover.mock;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.cutover.http.Headers;
import dev.cutover.scenario.ProviderScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Every request enters here: admin routes aside, it is journaled under its exchange key, its key
 * checked, then answered by the scripted engine (a scripted key, or any chat/embeddings request) or by
 * WireMock's mappings (everything else).
 */
final class FrontHandler implements HttpHandler {
    private final String apiKey;
    private final Journal journal;
    private final ScriptBook book;
    private final ScriptedEngine engine;
    private final WireMockBridge wireMock;
    private final AdminApi admin;

    FrontHandler(MockProvider provider, String apiKey, Journal journal, ScriptBook book, WireMockBridge wireMock) {
        this.apiKey = apiKey;
        this.journal = journal;
        this.book = book;
        this.engine = new ScriptedEngine(book);
        this.wireMock = wireMock;
        this.admin = new AdminApi(provider);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        // No try-with-resources: closing the exchange would finish a chunked body cleanly, and a planned
        // reset must leave it unfinished.
        // Scripted delays and stream timings count from here, so the mock's own work does not add to them.
        long arrived = System.nanoTime();
        try {
            byte[] raw = ex.getRequestBody().readAllBytes();
            if (AdminApi.owns(ex.getRequestURI().getPath())) admin.handle(ex, raw);
            else serve(ex, raw, arrived);
            ex.close();
        } catch (Abort planned) {
            throw planned;
        } catch (RuntimeException bug) {
            // A fault in the mock must not look like a scripted reset: say so while we still can.
            if (ex.getResponseCode() == -1) {
                Reply.error(ex, new ApiError(500, "cutover mock failed: " + bug, "server_error", null, null), Map.of());
            }
            throw bug;
        }
    }

    private void serve(HttpExchange ex, byte[] raw, long arrived) throws IOException {
        String body = new String(raw, StandardCharsets.UTF_8);
        Headers headers = Headers.of(ex.getRequestHeaders());
        String path = ex.getRequestURI().getPath();
        String key = Marker.find(body).or(() -> headers.first(Marker.HEADER)).orElse(null);
        journal.add(key == null ? MockProvider.UNMARKED : key, new ReceivedRequest(ex.getRequestMethod(), path,
                ex.getRequestURI().getRawQuery(), headers, body, System.currentTimeMillis()));
        Optional<ApiError> denied = Auth.check(headers, apiKey);
        if (denied.isPresent()) {
            Reply.error(ex, denied.get(), Map.of());
            return;
        }
        ProviderScript script = book.get(key);
        ApiRequest request = ApiRequest.of(ex.getRequestMethod(), path, body).orElse(null);
        if (script == null && request == null) {
            wireMock.serve(ex, headers, raw, Map.of());
        } else {
            engine.serve(ex, arrived, key, script == null ? ProviderScript.DEFAULT : script, request,
                    extra -> wireMock.serve(ex, headers, raw, extra));
        }
    }
}
