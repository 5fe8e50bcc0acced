package dev.cutover.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutover.target.Target;
import dev.cutover.target.TargetReader;
import dev.cutover.target.Variables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The DIAL files cutover ships, checked as DIAL core 0.18 checks them when it starts (AiDial.start and the
 * classes it builds) and reads its config (FileConfigStore, ApiKeyStore.addProjectKeys), without Docker:
 * the container profile's files as the launcher writes them (variables resolved), and the files for a DIAL
 * run from its source. Also that each config fits the profile that runs against it.
 */
class DialGatewayFilesTest {
    private static final Path PROJECT = Path.of(System.getProperty("cutover.projectDir", "."));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Target read(String profile, Map<String, String> run) {
        return TargetReader.read(PROJECT.resolve(profile), new Variables(run, name -> null));
    }

    @Test
    void theContainerStartsAndRoutesToTheMockAsAnAdapter() throws IOException {
        Target t = read("targets/dial-container.yaml", Map.of("port", "18080", "mock.url", "http://127.0.0.1:40123",
                "mock.port", "40123"));
        ContainerSpec c = (ContainerSpec) t.launch();
        assertTrue(c.image().matches("epam/ai-dial-core:\\d+\\.\\d+\\.\\d+"), "a pinned DIAL image: " + c.image());
        assertTrue(c.sidecars().get(0).image().matches("redis:\\d+\\.\\d+\\.\\d+-alpine"), c.sidecars().get(0).image());
        String settingsPath = c.env().get("AIDIAL_SETTINGS");
        JsonNode settings = JSON.readTree(c.files().get(settingsPath));
        DialStartChecks.settings(settings);
        assertEquals("cutover-test-only-secret", settings.at("/encryption/secret").asText(), "from the environment, "
                + "with a test-only default");
        assertEquals("redis://redis:6379", settings.at("/redis/singleServerConfig/address").asText(), "the sidecar");
        for (JsonNode file : settings.at("/config/files")) {
            assertTrue(c.files().containsKey(file.asText()), "the config file is copied in: " + file);
            JsonNode config = JSON.readTree(c.files().get(file.asText()));
            DialStartChecks.config(config);
            fitsProfile(config, t, "http://host.testcontainers.internal:40123");
        }
    }

    @Test
    void theSourceFilesStartADialBesideAStandaloneMock() throws IOException {
        Path folder = PROJECT.resolve("gateways/dial/source");
        JsonNode settings = JSON.readTree(Files.readString(folder.resolve("aidial.settings.json")));
        DialStartChecks.settings(withEncryptionFromTheEnvironment(settings));
        assertTrue(settings.path("encryption").isMissingNode(), "no secret in a file: DIAL reads aidial.encryption.*");
        JsonNode config = JSON.readTree(Files.readString(folder.resolve(settings.at("/config/files/0").asText())));
        DialStartChecks.config(config);
        Target t = read("targets/dial-source.yaml", Map.of("port", "1", "mock.url", "http://127.0.0.1:8090",
                "mock.port", "8090"));
        fitsProfile(config, t, t.mock().url());
        assertEquals("http://127.0.0.1:8080", t.baseUrl(), "the port the settings give DIAL");
        assertEquals(8080, settings.at("/server/port").asInt());
    }

    /** DIAL merges environment variables named aidial.* into its settings (AiDial.envSettings). */
    private static JsonNode withEncryptionFromTheEnvironment(JsonNode settings) {
        ObjectNode copy = settings.deepCopy();
        copy.putObject("encryption").put("secret", "from-aidial.encryption.secret").put("key", "from-aidial.encryption.key");
        return copy;
    }

    /** The profile's keys and models exist in the config, each model's endpoint and upstream is the mock's path. */
    private static void fitsProfile(JsonNode config, Target t, String mockUrl) {
        assertNotNull(config.at("/keys/" + t.auth().key()).get("project"), "the profile's key: " + t.auth().key());
        t.keys().values().forEach(k -> assertTrue(config.path("keys").has(k), "the profile's key " + k));
        JsonNode models = config.path("models");
        assertEquals("chat", models.at("/" + t.models().get("chat") + "/type").asText());
        assertEquals("embedding", models.at("/" + t.models().get("embedding") + "/type").asText());
        String limitedRole = config.at("/keys/" + t.keys().get("limited") + "/role").asText();
        JsonNode restricted = models.path(t.models().get("restricted")).path("userRoles");
        assertTrue(restricted.isArray(), "the restricted model names the roles that may use it");
        restricted.forEach(r -> assertFalse(r.asText().equals(limitedRole), "the limited key's role may not use it"));
        models.fields().forEachRemaining(m -> {
            String api = m.getValue().path("type").asText().equals("embedding") ? "embeddings" : "chat/completions";
            String path = mockUrl + "/openai/deployments/" + m.getKey() + "/" + api;
            assertEquals(path, m.getValue().path("endpoint").asText(), "DIAL calls the mock itself, no adapter");
            assertEquals(path, m.getValue().at("/upstreams/0/endpoint").asText(), "sent as X-UPSTREAM-ENDPOINT");
            assertFalse(m.getValue().at("/upstreams/0/key").asText().isBlank(), "sent as X-UPSTREAM-KEY");
        });
    }
}
