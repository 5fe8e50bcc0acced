package dev.cutover.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cutover.yaml.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key from the environment used by mistake where a plain value belongs: the message refusing that value quoted
 * it, and printed the key ({@code baseUrl: 'sk-…' is not an http(s) URL with a host}).
 */
class SecretsInErrorsTest {
    private static final String KEY = "sk-leaky-9f8e7d6c5b4a";
    private static final Variables ENV = new Variables(Map.of(), Map.of("THE_KEY", KEY, "ROUTE_KEY", KEY + "-route")::get);

    @TempDir
    Path dir;

    @Test
    void aKeyQuotedInAProblemIsMasked() throws Exception {
        assertMasked("""
                name: leak
                baseUrl: ${env:THE_KEY}
                auth: {header: Authorization, scheme: Bearer, key: "${env:THE_KEY}"}
                models: {chat: gpt-4o-mini}
                features: [chat]
                """, "baseUrl: '***' is not an http(s) URL with a host");
        assertMasked("""
                name: leak
                baseUrl: http://127.0.0.1:1/v1
                keys: {other: "${env:THE_KEY}"}
                models: {chat: gpt-4o-mini}
                features: [chat]
                mock: {url: "${env:THE_KEY}"}
                """, "mock.url: '***' is not an http(s) URL with a host");
        assertMasked("""
                name: leak
                routes:
                  - {provider: a, models: ["gpt-*"], baseUrl: "http://x:1/${env:ROUTE_KEY}", auth: {header: A, key: "${env:ROUTE_KEY}"}}
                  - {provider: b, models: ["x"], baseUrl: "${env:ROUTE_KEY}", auth: {header: A, key: k}}
                models: {chat: gpt-4o-mini}
                features: [chat]
                """, "'***' is not an http(s) URL with a host");
    }

    private void assertMasked(String profile, String expected) throws Exception {
        Path file = Files.writeString(dir.resolve("leak.yaml"), profile);
        InputException e = assertThrows(InputException.class, () -> TargetReader.read(file, ENV));
        String message = e.getMessage();
        assertFalse(message.contains("sk-leaky"), message);
        assertEquals(1, e.errors().size(), message);
        assertEquals(true, message.contains(expected), message);
    }
}
