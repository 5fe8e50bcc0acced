package dev.cutover.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cutover.wire.Endpoint;
import dev.cutover.yaml.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetReaderTest {
    @TempDir
    Path dir;

    private final Variables vars = new Variables(Map.of("mock.url", "http://127.0.0.1:9"),
            name -> name.equals("DIAL_KEY") ? "dial-secret-1234" : null);

    private Target read(String yaml) throws Exception {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, yaml);
        return TargetReader.read(f, vars);
    }

    @Test
    void dialStyleProfileUsesDeploymentPathsAndApiKeyHeader() throws Exception {
        Target t = read("""
                name: dial
                gateway: dial
                baseUrl: ${mock.url}/
                api: azure
                apiVersion: 2024-02-01
                auth: {header: Api-Key, key: "${env:DIAL_KEY}"}
                models: {chat: gpt-4o}
                features: [chat]
                """);
        assertEquals("http://127.0.0.1:9", t.baseUrl());
        assertEquals("dial-secret-1234", t.auth().key());
        assertEquals("dial-secret-1234", t.auth().valueFor(t.auth().key()));
        assertEquals("/openai/deployments/gpt-4o/chat/completions?api-version=2024-02-01",
                Routes.path(t, Endpoint.CHAT_COMPLETIONS, "gpt-4o"));
        assertEquals("/openai/models?api-version=2024-02-01", Routes.path(t, Endpoint.MODELS_LIST, null));
    }

    @Test
    void openAiStyleAppendsToTheVersionedBase() throws Exception {
        Target t = read("name: x\nbaseUrl: ${mock.url}/v1\nauth: {header: Authorization, scheme: Bearer, key: \"${env:NOPE:-sk-default}\"}\nfeatures: [chat]\n");
        assertEquals("/chat/completions", Routes.path(t, Endpoint.CHAT_COMPLETIONS, "m"));
        assertEquals("/models/a%2Fb", Routes.path(t, Endpoint.MODELS_GET, "a/b"));
        assertEquals("Bearer sk-default", t.auth().valueFor(t.auth().key()));
    }

    @Test
    void missingEnvironmentVariableNamesLineAndField() {
        InputException e = assertThrows(InputException.class, () -> read(
                "name: x\nbaseUrl: http://127.0.0.1:1\nauth:\n  header: Authorization\n  key: ${env:NOT_SET_ANYWHERE}\nfeatures: [chat]\n"));
        assertEquals(5, e.errors().get(0).line());
        assertEquals("auth.key", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("NOT_SET_ANYWHERE is not set"), e.getMessage());
    }

    @Test
    void azureWithoutApiVersionIsRefused() {
        assertThrows(InputException.class, () -> read("name: x\nbaseUrl: http://h\napi: azure\nfeatures: [chat]\n"));
    }

    @Test
    void unknownFeatureAndBadUrlAreRefused() {
        InputException f = assertThrows(InputException.class, () -> read("name: x\nbaseUrl: http://h\nfeatures: [chat, telepathy]\n"));
        assertEquals(3, f.errors().get(0).line());
        InputException u = assertThrows(InputException.class, () -> read("name: x\nbaseUrl: localhost:80\nfeatures: [chat]\n"));
        assertEquals("baseUrl", u.errors().get(0).field());
    }
}
