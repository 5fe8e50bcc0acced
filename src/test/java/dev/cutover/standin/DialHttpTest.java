package dev.cutover.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the DIAL stand-in does at the HTTP level, as Vert.x under DIAL core 0.18.0 did: CORS, compression, 1.1 only. */
class DialHttpTest {
    private static Rig rig;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        rig = new Rig("dial-no-backoff");
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void answersAndStreamsAreGzippedWhenTheClientAsks() throws Exception {
        String key = rig.scripted(Rig.content("Compressed on the way."));
        HttpResponse<byte[]> whole = send(HttpRequest.newBuilder(URI.create(rig.base
                + "/openai/deployments/gpt-4o-mini/chat/completions")).header("Api-Key", DialConfig.KEY)
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip, deflate")
                .POST(HttpRequest.BodyPublishers.ofString(Rig.chat(key, "gpt-4o-mini"))));
        assertEquals("gzip", whole.headers().firstValue("content-encoding").orElse(null));
        assertTrue(gunzip(whole.body()).contains("Compressed on the way."));
        assertTrue(rig.received(key).get(0).headers().first("accept-encoding").isEmpty(), "DIAL asks the provider plainly");
        HttpResponse<byte[]> stream = send(HttpRequest.newBuilder(URI.create(rig.base
                + "/openai/deployments/gpt-4o-mini/chat/completions")).header("Api-Key", DialConfig.KEY)
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(Rig.chat(key, "gpt-4o-mini", "\"stream\":true"))));
        assertTrue(gunzip(stream.body()).endsWith("data: [DONE]\n\n"), "a whole gzip member, trailer included");
        HttpResponse<byte[]> own = send(HttpRequest.newBuilder(URI.create(rig.base + "/v1/models"))
                .header("Api-Key", DialConfig.KEY).header("Accept-Encoding", "gzip").GET());
        assertEquals(502, own.statusCode());
        assertEquals("No route", gunzip(own.body()), "DIAL's own errors too");
        HttpResponse<byte[]> health = send(HttpRequest.newBuilder(URI.create(rig.base + "/health"))
                .header("Accept-Encoding", "gzip").GET());
        assertTrue(health.headers().firstValue("content-encoding").isEmpty(), "an empty body stays as it is");
    }

    @Test
    void everyAnswerAllowsAnyOriginAndAPreflightIsAnsweredWithoutAKey() throws Exception {
        HttpResponse<byte[]> pre = send(HttpRequest.newBuilder(URI.create(rig.base + "/openai/models"))
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "api-key")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, pre.statusCode());
        assertEquals("*", pre.headers().firstValue("access-control-allow-origin").orElse(null));
        assertEquals("POST", pre.headers().firstValue("access-control-allow-methods").orElse(null));
        assertEquals("api-key", pre.headers().firstValue("access-control-allow-headers").orElse(null));
        assertEquals("86400", pre.headers().firstValue("access-control-max-age").orElse(null));
        HttpResponse<String> refused = rig.get("/openai/models", Map.of());
        assertEquals(401, refused.statusCode());
        assertEquals("*", refused.headers().firstValue("access-control-allow-origin").orElse(null));
        assertEquals(DialStandIn.VERSION, rig.get("/version", Map.of()).body());
    }

    @Test
    void http10Is505() throws IOException {
        URI u = URI.create(rig.base);
        try (Socket s = new Socket(u.getHost(), u.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write("GET /health HTTP/1.0\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 505", status);
        }
    }
}
