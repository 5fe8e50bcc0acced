package dev.cutover.run;

import dev.cutover.http.HttpCall;
import dev.cutover.scenario.RequestSpec;
import dev.cutover.target.Target;
import dev.cutover.wire.Endpoint;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks a target can be reached before any scenario runs, so that a wrong URL gives one clear
 * diagnosis instead of forty identical failures.
 */
public final class Preflight {
    private static final int CONNECT_TIMEOUT_MS = 3_000;

    private Preflight() {}

    /**
     * Empty when the target can be reached and accepts its key; otherwise what went wrong, in plain words:
     * nothing listening, or the key refused (checked with one model listing).
     */
    public static Optional<String> problem(Target target) {
        return unreachable(target).or(() -> keyRefused(target));
    }

    private static Optional<String> keyRefused(Target target) {
        if (target.auth().none()) return Optional.empty();
        HttpCall call;
        try {
            // Built like any scenario's request, so the listing goes where and with the key the scenarios will use.
            call = RequestBuilder.build(RequestSpec.of(Endpoint.MODELS_LIST, null, 10_000), target, "preflight");
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a profile gap (no key for a provider): each scenario names it
        }
        String url = call.url();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMillis(call.timeoutMs())).GET();
        call.headers().forEach(b::header);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 401 || r.statusCode() == 403) {
                String body = r.body().length() > 200 ? r.body().substring(0, 200) + "…" : r.body();
                return Optional.of("the target refused its key (HTTP " + r.statusCode() + " from GET " + url
                        + "): check the key in " + target.file() + " and its environment variable; it answered: " + body);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // reachable a moment ago; the scenarios will show what is wrong
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<String> unreachable(Target target) {
        URI uri = URI.create(target.baseUrl());
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port), CONNECT_TIMEOUT_MS);
            return Optional.empty();
        } catch (ConnectException e) {
            return Optional.of("nothing listens at " + uri.getHost() + ":" + port + " (connection refused)");
        } catch (SocketTimeoutException e) {
            return Optional.of("no answer from " + uri.getHost() + ":" + port + " within " + CONNECT_TIMEOUT_MS + " ms");
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + uri.getHost());
        } catch (IOException e) {
            return Optional.of("cannot connect to " + uri.getHost() + ":" + port + ": " + e.getMessage());
        }
    }
}
