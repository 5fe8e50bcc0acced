package dev.cutover.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.cutover.mock.MockOptions;
import dev.cutover.scenario.ScenarioReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario tagged timing gets three attempts: a later one asks the target to bypass its cache (a cached answer
 * measures no path to the provider), a pass in any clears the gateway, and when none passes the first is reported.
 */
class TimingAttemptsTest {
    @TempDir
    Path dir;
    private HttpServer gateway;
    private final List<String> bypass = new CopyOnWriteArrayList<>();

    /** A gateway whose answer takes {@code slowMs} for its first {@code slowCalls} calls, then none. */
    private Path target(int slowCalls) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/v1/chat/completions", ex -> {
            bypass.add(String.valueOf(ex.getRequestHeaders().getFirst("X-Skip-Cache")));
            ex.getRequestBody().readAllBytes();
            if (calls.incrementAndGet() <= slowCalls) sleep(600);
            byte[] body = """
                    {"id":"c1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,
                    "message":{"role":"assistant","content":"Hi","refusal":null},"logprobs":null,"finish_reason":"stop"}]}
                    """.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        gateway.start();
        Path f = dir.resolve("gw.yaml");
        Files.writeString(f, """
                name: cached
                baseUrl: http://127.0.0.1:%d/v1
                auth: {header: Authorization, scheme: Bearer, key: sk-timing-test}
                models: {chat: m}
                upstream: real
                features: [chat, caching]
                conventions: {cacheBypassHeader: X-Skip-Cache, cacheBypassValue: "true"}
                """.formatted(gateway.getAddress().getPort()));
        return f;
    }

    private Path scenario() throws IOException {
        Path f = dir.resolve("quick.yaml");
        Files.writeString(f, """
                id: quick
                title: The answer's headers come within 300 ms
                features: [chat]
                level: extended
                severity: minor
                tags: [timing]
                request:
                  endpoint: chat.completions
                  body: {model: "${model.chat}", messages: [{role: user, content: Hi}]}
                expect:
                  status: 200
                  timing:
                    headers_ms: {lt: 300}
                """);
        return f;
    }

    @Test
    void aLaterAttemptBypassesTheCacheAndItsPassClearsTheGateway() throws Exception {
        try (Session s = Session.open(target(1), MockOptions.defaults())) {
            Outcome o = s.runUnjudged(ScenarioReader.read(scenario()));
            assertEquals(Status.PASSED, o.status(), o.reason());
            assertTrue(o.reason().startsWith("timing: attempt 2 of 3; the first failed: "), o.reason());
            assertEquals(List.of("null", "true"), bypass);
        }
    }

    @Test
    void whenNoAttemptPassesTheFirstIsReported() throws Exception {
        try (Session s = Session.open(target(3), MockOptions.defaults())) {
            Outcome o = s.runUnjudged(ScenarioReader.read(scenario()));
            assertEquals(Status.FAILED, o.status());
            assertTrue(o.reason().contains("timing headers_ms: expected < 300") && o.reason().contains("(timing: 3 attempts, none passed; then: "),
                    o.reason());
            assertEquals(3, bypass.size());
        }
    }

    @AfterEach
    void stop() {
        if (gateway != null) gateway.stop(0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
