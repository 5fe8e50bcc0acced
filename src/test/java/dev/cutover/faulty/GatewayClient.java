package dev.cutover.faulty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The client side of these tests: one chat completion call, with each data line's arrival time kept. */
final class GatewayClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int MAX_LINES = 10_000;

    /**
     * What the client saw. {@code text} is the whole body, or for streams its lines re-joined with LF
     * (the fake provider uses LF only);
     * {@code dataArrivals} holds when each {@code data:} line had been read ({@link System#nanoTime()}, the
     * clock {@link FakeProvider#streamWrites} uses, so the two can be put in order);
     * {@code failure} is set when reading the body broke.
     */
    record Answer(int status, HttpHeaders headers, String text, List<Long> dataArrivals, IOException failure) {}

    private GatewayClient() {}

    /** Calls {@code /v1/chat/completions?trace=on}; {@code key} null sends no Authorization at all. */
    static Answer chat(String baseUrl, String key, String fakeReply) throws IOException, InterruptedException {
        return chat(baseUrl, key, fakeReply, () -> { });
    }

    /** The same, running {@code afterData} each time a {@code data:} line has been read and its arrival noted. */
    static Answer chat(String baseUrl, String key, String fakeReply, Runnable afterData) throws IOException, InterruptedException {
        boolean stream = fakeReply.equals("stream") || fakeReply.equals(FakeProvider.LOCKSTEP) || fakeReply.equals("reset");
        String body = "{\"model\":\"gpt-4o-mini\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/chat/completions?trace=on"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(FakeProvider.REPLY, fakeReply)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) request.header("Authorization", "Bearer " + key);
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (!stream) {
            byte[] whole = response.body().readAllBytes(); // byte for byte, to prove the proxy changes nothing
            return new Answer(response.statusCode(), response.headers(), new String(whole, StandardCharsets.UTF_8),
                    List.of(), null);
        }
        StringBuilder text = new StringBuilder();
        List<Long> arrivals = new ArrayList<>();
        IOException failure = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            for (int n = 0; n < MAX_LINES && (line = lines.readLine()) != null; n++) {
                text.append(line).append('\n');
                if (line.startsWith("data:")) {
                    arrivals.add(System.nanoTime());
                    afterData.run();
                }
            }
        } catch (IOException broken) {
            failure = broken;
        }
        return new Answer(response.statusCode(), response.headers(), text.toString(), arrivals, failure);
    }
}
