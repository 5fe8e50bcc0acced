package dev.cutover.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cutover.cli.CliRun;
import dev.cutover.mock.MockOptions;
import dev.cutover.mock.MockProvider;
import dev.cutover.target.Target;
import dev.cutover.target.TargetReader;
import dev.cutover.target.Variables;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippets in docs/wiring that point a staging gateway's model at cutover's mock, each fed to what here reads
 * that format: LiteLLM's through the importer, DIAL's through DIAL's own config checks and then sent to the mock
 * the way DIAL calls an adapter, Portkey's held equal to the config object ConformanceIT runs through a real
 * Portkey on every build.
 */
class WiringSnippetsTest {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final Path WIRING = PROJECT.resolve("docs/wiring");
    private static final String MOCK_HOST = "http://cutover-mock.staging.internal:8090";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void liteLlmsModelsGoToTheMock() throws Exception {
        CliRun r = CliRun.of("import", "litellm-config", WIRING.resolve("litellm-config.yaml").toString(), "--out", dir.toString(),
                "--name", "staging");
        assertEquals(0, r.code(), r.out());
        Path direct = dir.resolve("targets/direct-from-staging-openai.yaml");
        assertTrue(Files.exists(direct), r.out());
        Target t = TargetReader.read(direct, Variables.forLint(Map.of()));
        assertEquals(MOCK_HOST + "/v1", t.baseUrl(), "the deployments' api_base is the mock");
        assertTrue(Files.exists(dir.resolve("scenarios/smoke-staging/cutover-mock-chat.yaml")), r.out());
        assertTrue(Files.exists(dir.resolve("scenarios/smoke-staging/cutover-mock-embedding-embedding.yaml")), r.out());
    }

    @Test
    void dialAcceptsTheModelsAndTheMockAnswersThemAsAnAdapter() throws Exception {
        JsonNode config = JSON.readTree(WIRING.resolve("dial-config.json").toFile());
        DialStartChecks.config(config);
        try (MockProvider mock = MockProvider.start(MockOptions.defaults())) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (String model : new String[] {"cutover-mock", "cutover-mock-embedding"}) {
                JsonNode upstream = config.at("/models/" + model + "/upstreams/0");
                String endpoint = upstream.path("endpoint").asText().replace(MOCK_HOST, mock.baseUrl());
                String body = model.endsWith("embedding") ? "{\"model\":\"" + model + "\",\"input\":\"hi\"}"
                        : "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
                // DIAL posts to the model's endpoint, naming the upstream it chose and that upstream's key.
                HttpRequest req = HttpRequest.newBuilder(URI.create(config.at("/models/" + model + "/endpoint").asText()
                                .replace(MOCK_HOST, mock.baseUrl())))
                        .header("Content-Type", "application/json").header("Api-Key", "dial-per-request-key")
                        .header("X-UPSTREAM-ENDPOINT", endpoint).header("X-UPSTREAM-KEY", upstream.path("key").asText())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<String> answer = client.send(req, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), model + ": " + answer.body());
            }
        }
    }

    @Test
    void portkeysConfigObjectIsTheOneRunThroughARealPortkey() throws Exception {
        Target t = TargetReader.read(PROJECT.resolve("targets/portkey-config.yaml"),
                new Variables(Map.of("port", "8787", "mock.url", MOCK_HOST, "mock.port", "8090"), name -> null));
        JsonNode profile = JSON.readTree(t.headers().get("x-portkey-config"));
        JsonNode snippet = JSON.readTree(WIRING.resolve("portkey-config.json").toFile());
        assertEquals(profile, snippet);
    }
}
