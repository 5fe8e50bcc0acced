package dev.cutover.mock;

import dev.cutover.wire.ProviderScript;
import dev.cutover.wire.ReceivedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A standalone {@code cutover mock} driven over its admin API ({@link AdminApi}): how a run scripts the
 * provider behind a staging gateway that cannot reach a mock inside the run's own process. Every call is
 * bounded in time and carries the admin key; a mock that refuses or does not answer is an
 * {@link UncheckedIOException} naming the URL, never a hang.
 */
public final class RemoteMock implements ScriptedProvider {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final String adminKey;
    private final String providerKey;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    private final Lateness none = new Lateness();

    /**
     * @param baseUrl     the mock's root ({@code http://host:port}, no {@code /v1})
     * @param adminKey    the key its admin API requires (null when it requires none: a mock on loopback)
     * @param providerKey the key it accepts from gateways
     */
    public RemoteMock(String baseUrl, String adminKey, String providerKey) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.adminKey = adminKey;
        this.providerKey = providerKey;
    }

    @Override public String baseUrl() { return baseUrl; }
    @Override public int port() { return URI.create(baseUrl).getPort(); }
    @Override public String apiKey() { return providerKey; }
    @Override public Lateness lateness() { return none; }
    @Override public boolean embedded() { return false; }

    @Override
    public void script(String exchangeKey, ProviderScript script) {
        send(request("scripts/" + exchangeKey).POST(HttpRequest.BodyPublishers.ofString(MockJson.writeScript(script))), 204);
    }

    @Override
    public List<ReceivedRequest> received(String exchangeKey) {
        return MockJson.readJournal(send(request("journal/" + exchangeKey).GET(), 200));
    }

    @Override
    public void forget(String exchangeKey) {
        send(request("scripts/" + exchangeKey).DELETE(), 204);
    }

    /** Whether the admin API answers with this key: the first thing a run checks. */
    public void check() {
        send(request("journal/cutover-check").GET(), 200);
    }

    @Override
    public void close() {
        // the mock belongs to whoever started it
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + AdminApi.PREFIX + path)).timeout(TIMEOUT);
        if (adminKey != null) b.header(AdminApi.KEY_HEADER, adminKey);
        return b;
    }

    private String send(HttpRequest.Builder b, int expected) {
        HttpRequest r = b.build();
        try {
            HttpResponse<String> answer = client.send(r, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new UncheckedIOException(new IOException("cutover's mock at " + baseUrl + " answered " + r.method() + " "
                        + r.uri().getPath() + " with " + answer.statusCode()
                        + (answer.statusCode() == 401 ? ": the admin key is missing or wrong" : "")));
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cutover's mock at " + baseUrl + " did not answer its admin API: "
                    + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while scripting the mock at " + baseUrl));
        }
    }
}
